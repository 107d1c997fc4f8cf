/** The post a title names (vocab/posts.ts, read by normalize/titles.ts), or the folded title itself when none is. */
import { BEFORE_REFORM, TitleReader } from './titles.js';

// Ids do not change with the reform (a post's entries before and after share one), so any date will do.
const READER = new TitleReader(BEFORE_REFORM);

export function positionOf(title: string): string {
  return READER.positionOf(title);
}
