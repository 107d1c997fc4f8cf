/**
 * The messages of the warnings about units, titles, rule sets, inputs and the periods compared, in English:
 * each is also the JSON's `message`.
 */
import type { Named, UnitWarningArgs } from '../../aggregate/warning-args.js';

type Words = { [K in keyof UnitWarningArgs]: (...args: UnitWarningArgs[K]) => string };

const named = (xs: readonly Named[]) => xs.map((x) => `${x.name} (${x.count})`).join(', ');
const dates = (c: { from: string; to?: string }) => (c.to ? `${c.from} to ${c.to}` : `from ${c.from}`);
const some = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
const shown = (x: { shown: string[]; count: number }) =>
  `${x.shown.join(', ')}${x.count > x.shown.length ? ', …' : ''}`;

export const unitWarningsEn: Words = {
  unitSplit: (people, units) =>
    `${people} people are in old units split between new ones, listed apart and not assigned: ${units.join(', ')}`,
  unitNotInList: (people, units) =>
    `${people} people are in units that are neither an old nor a new commune of the list (misspelt?), kept as written: ${units.join(', ')}`,
  unitsBeforeReform: (people, units, list, rest) =>
    `${people} people are in ${units} ${units === 1 ? 'unit' : 'units'} that no longer exist from 1/7/2025, counted as units of their own although the titles are read after that day: ${list
      .map(
        (g) =>
          `${g.name}${g.also.length > 0 ? ` (also written ${g.also.map((n) => `"${n}"`).join(', ')})` : ''} → ${g.into} (${g.people})`,
      )
      .join(
        ', ',
      )}${rest ? `, and ${rest.units} more old units (${rest.people} people)` : ''}; give --units-as-of 2025-07-01 to count them in the new units`,
  unitInSeveralProvinces: (c, list, people, more) =>
    `${c} unit name${c > 1 ? 's stand' : ' stands'} for communes of several provinces or districts (${list
      .map((u) => `"${u.name}" in ${u.places.map((p) => `${p.label} (${p.people})`).join(', ')}${u.more ? ', …' : ''}`)
      .join(
        '; ',
      )}${more ? '; …' : ''}): units are counted by name, so their ${people} people are counted as one unit each name; write the province in the unit column ("Xã Tân Lập, Thái Nguyên") or report each province apart`,
  unitKindDiffers: (people, units) =>
    `${people} people are in units whose kind (xã, phường, thị trấn, đặc khu) is not the one the list of units gives that name: ${units.map((u) => `${u.name} → ${u.listed.join(' | ')} (${u.people})`).join(', ')}; counted as written, a unit apart — correct the name, or give --units-map`,
  unitsAboveCommune: (people, units) =>
    `${people} people are in units named for a district's or province's body, on a roster read after 1/7/2025 when districts ended: ${units.map((u) => `"${u.name}" (${u.count})`).join(', ')}; counted as units of their own — write the commune they work in now`,
  staffTypeUnresolved: (c, posts, police, seats, because, readAt) =>
    `${c} people hold posts whose staff type the law leaves open ${police ? 'from 1/8/2023 (NĐ 33/2023: the regular police took the commune police posts)' : 'after 1/7/2025'}, counted as unknown: ${named(posts)}${seats.length > 0 ? `; ${seats.join(', ')} ${seats.length === 1 ? 'is a seat' : 'are seats'} held beside a post, which decides the staff type: write the post beside it ("Đảng ủy viên, Chuyên viên Văn phòng HĐND và UBND")` : ''}${because !== undefined ? ` (titles read ${readAt ? `at ${readAt}` : 'as after the reform'} because of the ${because}; give --as-of to say otherwise)` : ''}`,
  titlesAfterReform: (c, posts, because) =>
    `${c} people hold posts of the government formed on 1/7/2025 (${named(posts)}) but the titles were read as before it (${because}): give --as-of 2025-07-01 or later`,
  titlesAboveCommune: (c, titles, afterReform) =>
    `${c} people hold titles of a district or province body, not a commune's: ${named(titles)}; counted in the commune's figures by the post their title names${afterReform ? ' (there are no districts from 1/7/2025: a title left from before the reform?)' : ''} — check that they belong on this roster`,
  titlesFormerPost: (c, titles, afterReform) =>
    `${c} people's titles name a post they held before, not the one they hold now: ${named(titles)}; their staff type is not read from such a title (unknown unless a type column gives it)${afterReform ? ' — on a roster after 1/7/2025, most likely a post of a commune the merger ended' : ''}; write the post held now (or "…, nay là <post>")`,
  titlesOfGoneUnit: (c, titles) =>
    `${c} people hold titles of a commune the 1/7/2025 merger ended, on a roster read after it: ${titles.map((t) => `${t.name} → ${t.into.join(' | ')} (${t.count})`).join(', ')}; counted by the post their title names — a title left from before the reform? Write the post held now`,
  rulesetNotInForce: (ruleset, asOf, inForce, byType) =>
    `${ruleset} is not in force on ${asOf} (in force ${dates(inForce)}${byType.map((t) => `; ${t.type} ${dates(t)}`).join('')}): its figures are not a standard of that date`,
  rulesetStaffType: (ruleset, people, type, asOf) =>
    `${ruleset} was applied to ${people} people of staff type ${type}, which it ${asOf === undefined ? 'does not cover' : `does not cover on ${asOf}`}`,
  rulesetBasisOpen: (ruleset, people, type, asOf, open) =>
    `${ruleset} was applied to ${people} people of staff type ${type}, for whom it may no longer apply on ${asOf}: ${open}`,
  inputsLeftOut: (folder, folders, files) =>
    `the folder ${folder} holds ${[
      folders.count > 0 ? `${some(folders.count, 'folder')} inside it, not opened (${shown(folders)})` : '',
      files.count > 0 ? `${some(files.count, 'file')} not of a roster type (${shown(files)})` : '',
    ]
      .filter(Boolean)
      .join(
        ' and ',
      )}: nothing in them is counted; give a folder inside as an input of its own (or "${folder}/**/*.xlsx"), save a roster as .xlsx`,
  unitsAcrossReform: (before, after, gone, people, into) =>
    `${gone.length} unit${gone.length === 1 ? '' : 's'} of ${before} (${gone.join(', ')}; ${people} people) were merged on 1/7/2025 into units of ${after} (${into.join(', ')}): a unit's change between the two is the merger, not people gained or lost (people show as moving unit), and the unit count is not comparable; give --units-as-of 2025-07-01 to regroup the old side onto the new units`,
  periodNameDisagrees: (file, titleDate, name, said) =>
    `${file}: its title names ${titleDate} but the name "${name}" says ${said}: a roster of another period left in this one's place, or a title not updated? The period is labelled by the title; give --label to name it`,
  unitsRenamed: (before, after, renamings) =>
    `units of ${before} gone from ${after} look renamed (or merged) as units new there: ${renamings
      .map(
        (r) =>
          `${r.from.join(', ')} → ${r.to} (${r.people} people${r.found === undefined ? ', by name' : `, ${r.found} of them found there by id`})`,
      )
      .join(
        '; ',
      )}: their −N and the new unit's +N are a new name, not people lost or gained, and the unit count is not comparable; check the names (the tool does not merge them)`,
  idColumnNotUsed: (column, others) =>
    `--id-column "${column}": no such column in ${others.join('; ')}: people there were matched by that column instead; check that both periods write the same id there, or write the header as the header row has it`,
};
