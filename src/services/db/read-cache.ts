import type { Ports, RecordPort, SheetPort, SheetRead } from '../ports';

/**
 * Ports whose sheet reads are remembered for the length of one use case: building the overview consults
 * Настройки and several tables from different services, and each whole-sheet read costs a round trip.
 * Any write to a sheet forgets what was read from it. Not for long-lived ports: a curator's edit made between
 * two use cases must be seen.
 * `prefetch` names the sheets the use case will read: they are read together in one batch first (a few round
 * trips instead of three per sheet), whole or header only.
 */
export function withCachedReads(ports: Ports, prefetch: readonly SheetRead[] = []): Ports {
  const inner = ports.sheets;
  const values = new Map<string, unknown[][] | null>();
  const headers = new Map<string, unknown[] | null>();
  let names: string[] | null = null;
  const forget = (name: string) => {
    values.delete(name);
    headers.delete(name);
  };
  if (prefetch.length) {
    const got = inner.readMany(prefetch);
    names = got.sheetNames;
    prefetch.forEach((r, i) => {
      const v = got.values[i];
      if (!r.headerOnly) values.set(r.sheetName, v);
      else headers.set(r.sheetName, v ? (v[0] ?? []) : null);
    });
  }
  const copy = (v: unknown[][]) => v.map((row) => row.slice());
  const sheets: SheetPort = {
    readValues(name) {
      if (!values.has(name)) values.set(name, inner.readValues(name));
      const v = values.get(name)!;
      return v ? copy(v) : null;
    },
    readHeader(name) {
      if (values.has(name)) {
        const v = values.get(name)!;
        return v ? [...(v[0] ?? [])] : null;
      }
      if (!headers.has(name)) headers.set(name, inner.readHeader(name));
      const h = headers.get(name)!;
      return h ? [...h] : null;
    },
    readMany(reads) {
      if (!names || reads.some((r) => !values.has(r.sheetName))) {
        const got = inner.readMany(reads);
        names = got.sheetNames;
        reads.forEach((r, i) => {
          if (!r.headerOnly) values.set(r.sheetName, got.values[i]);
        });
        return { sheetNames: [...names], values: got.values.map((v) => (v ? copy(v) : null)) };
      }
      return {
        sheetNames: [...names],
        values: reads.map((r) => {
          const v = values.get(r.sheetName)!;
          return v ? copy(r.headerOnly ? v.slice(0, 1) : v) : null;
        }),
      };
    },
    readColumnKeys: (name) => inner.readColumnKeys(name),
    writeBlock(name, row, column, block) {
      forget(name);
      inner.writeBlock(name, row, column, block);
    },
    appendRows(name, rows) {
      forget(name);
      inner.appendRows(name, rows);
    },
    deleteRows(name, rowNumbers) {
      forget(name);
      inner.deleteRows(name, rowNumbers);
    },
    clearRows(name) {
      forget(name);
      return inner.clearRows(name);
    },
    createSheet(schema, index) {
      forget(schema.name);
      names = null;
      inner.createSheet(schema, index);
    },
    addColumns(schema, columns) {
      forget(schema.name);
      inner.addColumns(schema, columns);
    },
    sheetNames() {
      names ??= inner.sheetNames();
      return [...names];
    },
    deleteSheetIfEmpty(name) {
      forget(name);
      names = null;
      return inner.deleteSheetIfEmpty(name);
    },
    restrictEditing(name, editors, description) {
      inner.restrictEditing(name, editors, description);
    },
  };
  // The curators' record is consulted by every service that reads the settings.
  const recorded = new Map<string, string | null>();
  const records: RecordPort = {
    get(key) {
      if (!recorded.has(key)) recorded.set(key, ports.records.get(key));
      return recorded.get(key)!;
    },
    set(key, value) {
      recorded.delete(key);
      ports.records.set(key, value);
    },
    create(entries) {
      for (const [key] of entries) recorded.delete(key);
      ports.records.create(entries);
    },
  };
  return { ...ports, sheets, records };
}
