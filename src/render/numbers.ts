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

/** "565 — 88,8%"; a narrow table cell asks for "565 · 88,8%". */
export function formatCountShare(count: number, total: number, decimals = 1, separator = ' — '): string {
  return `${formatInt(count)}${separator}${formatPercent(count, total, decimals)}%`;
}

export type Rounding = 'half-up' | 'largest-remainder';
export type Lang = 'vi' | 'en';

/**
 * Each count's share of `total` as a scaled integer (88,8% → 888 with one decimal). Largest remainder
 * makes the shares of a table whose counts add up to the total sum to exactly 100.
 */
export function roundShares(counts: readonly number[], total: number, decimals: number, rounding: Rounding): number[] {
  if (total <= 0) return counts.map(() => 0);
  if (rounding === 'half-up' || counts.reduce((a, b) => a + b, 0) !== total)
    return counts.map((c) => percentScaled(c, total, decimals));
  const scale = 100 * 10 ** decimals;
  // Exact integer arithmetic: floor(c * scale / total) with remainder c * scale mod total.
  const floors = counts.map((c) => Math.floor((c * scale) / total));
  const remainders = counts.map((c, i) => c * scale - floors[i]! * total);
  let left = scale - floors.reduce((a, b) => a + b, 0);
  const order = counts
    .map((_, i) => i)
    .sort((a, b) => remainders[b]! - remainders[a]! || counts[b]! - counts[a]! || a - b);
  for (const i of order) {
    if (left <= 0) break;
    floors[i]!++;
    left--;
  }
  return floors;
}

export function formatIntIn(n: number, lang: Lang): string {
  return lang === 'vi' ? formatInt(n) : n.toLocaleString('en-US');
}

export function formatScaledIn(scaled: number, decimals: number, lang: Lang): string {
  const vi = formatScaled(scaled, decimals);
  return lang === 'vi'
    ? vi
    : vi
        .replace(/\./g, '\u0000')
        .replace(/,/g, '.')
        .replace(/\u0000/g, ',');
}

/** A plain decimal (mean age) in the language's format. */
export function formatDecimal(x: number, decimals: number, lang: Lang): string {
  const scaled = Math.round(x * 10 ** decimals);
  return formatScaledIn(scaled, decimals, lang);
}
