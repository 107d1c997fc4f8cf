/** The human text of one language: renderers ask for it by language and hard-code no label. */
import type { Lang } from '../numbers.js';
import { en } from './en.js';
import { vi, type Text } from './vi.js';

export type { Text } from './vi.js';

const TEXT: Record<Lang, Text> = { vi, en };

export function textFor(lang: Lang): Text {
  return TEXT[lang];
}
