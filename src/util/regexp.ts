/** A text matched as itself inside a regular expression: every sign that means something there escaped. */
export const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
