/** Vietnamese number formats: thousands with ".", decimals with "," (1.346; 88,8). */

/** count / total as a percentage rounded half up to `decimals` places, in exact integer arithmetic. */
export function percentScaled(count: number, total: number, decimals = 1): number {
  if (total <= 0) return 0;
  const scale = 100 * 10 ** decimals;
  return Math.floor((2 * count * scale + total) / (2 * total));
}

export function formatInt(n: number): string {
  const sign = n < 0 ? '-' : '';
  return sign + String(Math.abs(Math.trunc(n))).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

/** A scaled integer (e.g. 888 with 1 decimal) as "88,8". */
export function formatScaled(scaled: number, decimals: number): string {
  if (decimals === 0) return formatInt(scaled);
  const sign = scaled < 0 ? '-' : '';
  const abs = Math.abs(scaled);
  const unit = 10 ** decimals;
  const whole = Math.floor(abs / unit);
  const frac = String(abs % unit).padStart(decimals, '0');
  return `${sign}${formatInt(whole)},${frac}`;
}

export function formatPercent(count: number, total: number, decimals = 1): string {
  return formatScaled(percentScaled(count, total, decimals), decimals);
}

/** "565 — 88,8%" */
export function formatCountShare(count: number, total: number, decimals = 1): string {
  return `${formatInt(count)} — ${formatPercent(count, total, decimals)}%`;
}
