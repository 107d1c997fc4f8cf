/**
 * The README's monthly job as a user copies it: a script the shell accepts, whose alert fires when either
 * command fails (a report exit 2 followed by a compare exit 0 was missed by `[ $? -le 1 ]`), and a crontab
 * line that is one line (cron does not continue a line ending in "\").
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../test-support/tmp.js';

const dir = tempDir('cbcc-readme-monthly-');
const readme = readFileSync('README.md', 'utf8');
const section = readme.slice(readme.indexOf('### A monthly job'), readme.indexOf('### `cbcc-stats inspect FILE`'));
const script = /```sh\n(#!\/bin\/sh\n[\s\S]*?)```/.exec(section)?.[1] ?? '';

/** Runs the script with a stand-in cbcc-stats (exit codes per command) and mail (writes the alert to a file). */
function runWith(codes: { report: number; compare: number }): string {
  const bin = join(dir, `bin-${codes.report}-${codes.compare}`);
  spawnSync('mkdir', ['-p', bin]);
  writeFileSync(
    join(bin, 'cbcc-stats'),
    `#!/bin/sh\ncase "$1" in report) exit ${codes.report};; compare) exit ${codes.compare};; esac\n`,
  );
  writeFileSync(join(bin, 'mail'), `#!/bin/sh\ncat >> "${join(bin, 'alert')}"\n`);
  chmodSync(join(bin, 'cbcc-stats'), 0o755);
  chmodSync(join(bin, 'mail'), 0o755);
  const file = join(bin, 'monthly.sh');
  writeFileSync(file, script.replace('cd /srv/cbcc', `cd ${JSON.stringify(dir)}`));
  const r = spawnSync('sh', [file], { env: { ...process.env, PATH: `${bin}:${process.env.PATH ?? ''}` } });
  expect(r.status, String(r.stderr)).toBe(0);
  try {
    return readFileSync(join(bin, 'alert'), 'utf8').trim();
  } catch {
    return '';
  }
}

describe("the README's monthly job", () => {
  it('is a shell script, and its crontab line one line', () => {
    expect(script).toContain('cbcc-stats report "rosters/$m" --each');
    expect(spawnSync('sh', ['-n', '-c', script]).status).toBe(0);
    const cron = /`(\d+ \d+ \d+ \* \* [^`]*)`/.exec(section)?.[1];
    expect(cron).toBe('0 6 2 * * /srv/cbcc/monthly.sh');
  });

  it.each([
    [{ report: 2, compare: 0 }, 'cbcc-stats: report exit 2, compare exit 0'],
    [{ report: 0, compare: 3 }, 'cbcc-stats: report exit 0, compare exit 3'],
    [{ report: 1, compare: 1 }, ''],
    [{ report: 0, compare: 0 }, ''],
  ])('with %j mails %j (exit 1, a roster not read, is in the reports and on stderr)', (codes, alert) => {
    expect(runWith(codes)).toBe(alert);
  });
});
