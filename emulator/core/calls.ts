/**
 * Counts every call into an emulated service ("Range.getValues", "SpreadsheetApp.getActive" ...), so tests
 * and benchmarks can assert how many round trips an action costs, as they would cost in Apps Script.
 */
export class CallCounter {
  private counts = new Map<string, number>();

  record(member: string): void {
    this.counts.set(member, (this.counts.get(member) ?? 0) + 1);
  }

  get(member: string): number {
    return this.counts.get(member) ?? 0;
  }

  /** Sum of the calls whose name matches: a method ("Range.getValues") or a prefix ("Range."). */
  sum(prefix = ''): number {
    let n = 0;
    for (const [k, v] of this.counts) if (k.startsWith(prefix)) n += v;
    return n;
  }

  total(): number {
    return this.sum('');
  }

  snapshot(): Record<string, number> {
    return Object.fromEntries([...this.counts].sort(([a], [b]) => a.localeCompare(b)));
  }

  reset(): void {
    this.counts.clear();
  }
}
