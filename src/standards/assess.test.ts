/** Who meets ND 33/2023, on hand-made people: each requirement at, above and below its bar. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Levels, Person } from '../normalize/person.js';
import { tempDir } from '../test-support/tmp.js';
import { Assessor } from './assess.js';
import { BUILT_IN, defaultRuleSet, loadRuleSet } from './rulesets.js';

const nd33 = BUILT_IN['nd33-2023']!;

function person(levels: Partial<Levels>, fields: Partial<Person> = {}): Person {
  return {
    row: 2,
    name: 'A',
    unit: 'Xã An',
    title: '',
    id: '',
    levels: {
      staffType: 'congChuc',
      gender: 'male',
      partyMember: 'yes',
      education: 'university',
      politicalTheory: 'intermediate',
      ...levels,
    } as Levels,
    unknown: [],
    warnings: [],
    ...fields,
  };
}

const assess = (p: Person, disadvantaged: string[] = []) => new Assessor(nd33, disadvantaged).assess(p);

describe('ND 33/2023: a civil servant', () => {
  it('meets the standard with a university degree exactly', () => {
    expect(assess(person({ education: 'university' }))).toEqual({ group: 'congChuc', lacks: [] });
  });

  it('meets it with a master degree, above the bar', () => {
    expect(assess(person({ education: 'master' }))).toEqual({ group: 'congChuc', lacks: [] });
  });

  it('lacks education with a college degree, one level below', () => {
    expect(assess(person({ education: 'college' }))).toEqual({ group: 'congChuc', lacks: ['education'] });
  });

  it('lacks education when it is unknown', () => {
    expect(assess(person({ education: 'unknown' }))).toEqual({ group: 'congChuc', lacks: ['education'] });
  });

  it('needs no political theory', () => {
    expect(assess(person({ politicalTheory: 'none' }))).toEqual({ group: 'congChuc', lacks: [] });
  });
});

describe('ND 33/2023: a cadre', () => {
  it('lacks political theory below intermediate', () => {
    expect(assess(person({ staffType: 'canBo', politicalTheory: 'elementary' }))).toEqual({
      group: 'canBo',
      lacks: ['politicalTheory'],
    });
  });

  it('meets political theory at intermediate and above', () => {
    expect(assess(person({ staffType: 'canBo', politicalTheory: 'intermediate' }))!.lacks).toEqual([]);
    expect(assess(person({ staffType: 'canBo', politicalTheory: 'bachelor' }))!.lacks).toEqual([]);
  });

  it('lists every requirement lacked, in order', () => {
    expect(
      assess(
        person({ staffType: 'canBo', education: 'college', politicalTheory: 'none', generalEducation: 'primary' }),
      ),
    ).toEqual({ group: 'canBo', lacks: ['education', 'politicalTheory', 'generalEducation'] });
  });
});

describe('general education', () => {
  it('is checked where the roster has it: lower secondary lacks upper secondary', () => {
    expect(assess(person({ generalEducation: 'lowerSecondary' }))!.lacks).toEqual(['generalEducation']);
  });

  it('is met at upper secondary', () => {
    expect(assess(person({ generalEducation: 'upperSecondary' }))!.lacks).toEqual([]);
  });

  it('is not checked where the roster has no column for it', () => {
    expect(assess(person({}))!.lacks).toEqual([]);
  });
});

describe('the group a person is assessed in', () => {
  it('is the military commander by title, before the staff type', () => {
    expect(assess(person({ education: 'intermediate' }, { title: 'Chỉ huy trưởng Ban CHQS' }))).toEqual({
      group: 'militaryCommander',
      lacks: [],
    });
  });

  it('matches a title prefix only as whole words', () => {
    // "CHTX" is not "CHT": the person stays a civil servant, and intermediate lacks.
    expect(assess(person({ education: 'intermediate' }, { title: 'CHTX' }))).toEqual({
      group: 'congChuc',
      lacks: ['education'],
    });
  });

  it('is none for part-time staff', () => {
    expect(assess(person({ staffType: 'other' }))).toBeUndefined();
  });
});

describe('a disadvantaged unit', () => {
  it('lowers the education bar to intermediate there', () => {
    expect(assess(person({ education: 'intermediate' }), ['Xã An'])!.lacks).toEqual([]);
  });

  it('keeps the bar elsewhere', () => {
    expect(assess(person({ education: 'intermediate' }, { unit: 'Xã Bình' }), ['Xã An'])!.lacks).toEqual(['education']);
  });

  it('does not lower it below what is lacking: elementary still lacks', () => {
    expect(assess(person({ education: 'elementary' }), ['Xã An'])!.lacks).toEqual(['education']);
  });

  it('is the same unit however it is written, but a ward is not a commune of the same name', () => {
    expect(assess(person({ education: 'intermediate' }, { unit: 'xã an' }), ['Xã An'])!.lacks).toEqual([]);
    expect(assess(person({ education: 'intermediate' }, { unit: 'Phường An' }), ['Xã An'])!.lacks).toEqual([
      'education',
    ]);
  });

  it('does not lower a bar already below its own (the military commander keeps intermediate)', () => {
    expect(assess(person({ education: 'elementary' }, { title: 'CHT' }), ['Xã An'])!.lacks).toEqual(['education']);
  });
});

describe('a disadvantaged unit, more rules', () => {
  it('is any of several units named', () => {
    expect(assess(person({ education: 'intermediate' }, { unit: 'Xã Bình' }), ['Xã An', 'Xã Bình'])!.lacks).toEqual([]);
  });

  it('matches a unit written without its kind on either side', () => {
    expect(assess(person({ education: 'intermediate' }, { unit: 'An' }), ['Xã An'])!.lacks).toEqual([]);
    expect(assess(person({ education: 'intermediate' }, { unit: 'Xã An' }), ['An'])!.lacks).toEqual([]);
  });

  it('never raises a bar that is below the lowered one', () => {
    const rules = {
      ...nd33,
      groups: [{ id: 'g', label: 'g', staffType: 'congChuc' as const, requires: { education: 'elementary' as const } }],
    };
    expect(new Assessor(rules, ['Xã An']).assess(person({ education: 'elementary' }))).toEqual({
      group: 'g',
      lacks: [],
    });
  });
});

describe('a title that is exactly a group title', () => {
  it('puts the person in that group', () => {
    expect(assess(person({ education: 'intermediate' }, { title: 'CHT' }))).toEqual({
      group: 'militaryCommander',
      lacks: [],
    });
  });
});

describe('the rule set in force', () => {
  it('is ND 33/2023 from 1 August 2023', () => {
    expect(defaultRuleSet({ year: 2023, month: 8, day: 1 }).id).toBe('nd33-2023');
  });

  it('is ND 34/2019 on 31 July 2023', () => {
    expect(defaultRuleSet({ year: 2023, month: 7, day: 31 }).id).toBe('nd34-2019');
  });

  it('refuses an unknown built-in name, naming those there are', async () => {
    await expect(loadRuleSet('nd99', '/tmp')).rejects.toThrow(
      '--standards: unknown rule set "nd99" (built in: ccxa-2025, nd33-2023, nd34-2019, or a .json file)',
    );
  });
});

describe('a rule set from a file', () => {
  const dir = tempDir();
  const write = (name: string, content: unknown) => {
    writeFileSync(join(dir, name), typeof content === 'string' ? content : JSON.stringify(content));
    return name;
  };
  const own = {
    id: 'tinh-2024',
    title: 't',
    source: 's',
    inForce: { from: '2024-01-01' },
    staffTypes: { congChuc: { from: '2024-01-01' } },
    groups: [{ id: 'congChuc', label: 'CC', staffType: 'congChuc', requires: { education: 'master' } }],
  };

  it('is read from a path relative to the folder given, and applied', async () => {
    const rules = await loadRuleSet(write('own.json', own), dir);
    expect(new Assessor(rules).assess(person({ education: 'university' }))).toEqual({
      group: 'congChuc',
      lacks: ['education'],
    });
  });

  it('is read from an absolute path', async () => {
    expect((await loadRuleSet(join(dir, write('abs.json', own)), '/nowhere')).id).toBe('tinh-2024');
  });

  it('is refused when a requirement names a level that does not exist, naming the group', async () => {
    const bad = { ...own, groups: [{ id: 'x', label: 'x', requires: { education: 'phd' } }] };
    await expect(loadRuleSet(write('bad.json', bad), dir)).rejects.toMatchObject({
      code: 'USAGE',
      message: 'standards: group "x": "education: phd" is not a level of education',
      where: { file: 'bad.json' },
    });
  });

  it('is refused without groups', async () => {
    await expect(loadRuleSet(write('nogroups.json', { id: 'x' }), dir)).rejects.toMatchObject({
      message: 'standards: a rule set needs "id" and "groups"',
    });
  });

  it('is refused without an id', async () => {
    await expect(loadRuleSet(write('noid.json', { groups: [] }), dir)).rejects.toMatchObject({
      message: 'standards: a rule set needs "id" and "groups"',
    });
  });

  it('is refused when the file holds null', async () => {
    await expect(loadRuleSet(write('null.json', 'null'), dir)).rejects.toMatchObject({
      message: 'standards: a rule set needs "id" and "groups"',
    });
  });

  it('is refused in one line when it is not JSON', async () => {
    await expect(loadRuleSet(write('broken.json', '{ nope'), dir)).rejects.toMatchObject({
      message: expect.stringMatching(/^standards: not valid JSON: /),
      where: { file: 'broken.json' },
    });
  });
});
