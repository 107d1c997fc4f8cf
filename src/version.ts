import { readFileSync } from 'node:fs';

/**
 * The package's version, read once from package.json: one folder up from src/ and dist/, two from the
 * bundle in dist/bundle.
 */
export const VERSION: string = (() => {
  for (const path of ['../package.json', '../../package.json']) {
    try {
      const pkg = JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8')) as {
        name?: string;
        version?: string;
      };
      if (pkg.name === 'cbcc-stats') return pkg.version ?? '0.0.0';
    } catch {
      // Not here: the next place.
    }
  }
  return '0.0.0';
})();
