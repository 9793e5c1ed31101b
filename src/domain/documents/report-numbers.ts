/** How the final report prints its figures: «8,5», «83%», «+1,9» / «−0,3»; a missing value is «—». */

export const DASH = '—';

export function decimal(x: number | null, digits = 1): string {
  return x === null ? DASH : x.toFixed(digits).replace('.', ',');
}

export function percent(x: number | null): string {
  return x === null ? DASH : `${Math.round(x * 100)}%`;
}

export function signed(x: number | null): string {
  if (x === null) return DASH;
  const text = decimal(Math.abs(x));
  if (text === '0,0') return '0,0';
  return `${x > 0 ? '+' : '−'}${text}`;
}
