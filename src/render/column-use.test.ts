/** A column's use written out, one kind at a time, on hand-built uses. */
import { describe, expect, it } from 'vitest';
import type { ColumnUse } from '../detect/layout.js';
import { columnUseConfidence, columnUseKey, columnUseLabel, columnUseText } from './column-use.js';
import { textFor } from './text/index.js';

const field: ColumnUse = { kind: 'field', role: 'education', confidence: 0.59 };
const mark: ColumnUse = { kind: 'mark', dimension: 'politicalTheory', level: 'senior' };
const bornFemale: ColumnUse = { kind: 'birthDateOfGender', gender: 'female' };
const bornMale: ColumnUse = { kind: 'birthDateOfGender', gender: 'male' };
const namePart: ColumnUse = { kind: 'namePart' };
const none: ColumnUse = { kind: 'none' };

describe('the JSON role of a column', () => {
  it("is a field's role id", () => expect(columnUseKey(field)).toBe('education'));
  it('is "dimension=level" for a tick column', () => expect(columnUseKey(mark)).toBe('politicalTheory=senior'));
  it('is "birthDate (gender)" for a birth date under Nam or Nữ', () =>
    expect(columnUseKey(bornFemale)).toBe('birthDate (female)'));
  it('is null for part of a split name and for a column read as nothing', () =>
    expect([columnUseKey(namePart), columnUseKey(none)]).toEqual([null, null]));
});

describe('the JSON confidence of a column', () => {
  it("is the header match's for a field", () => expect(columnUseConfidence(field)).toBe(0.59));
  it('is 1 for tick and gendered birth-date columns, found by their group', () =>
    expect([columnUseConfidence(mark), columnUseConfidence(bornMale)]).toEqual([1, 1]));
  it('is null for a column without a role', () =>
    expect([columnUseConfidence(namePart), columnUseConfidence(none)]).toEqual([null, null]));
});

describe("the Excel sources sheet's role", () => {
  it("is the role's Vietnamese label for a field", () => expect(columnUseLabel(field)).toBe('Trình độ chuyên môn'));
  it('is the JSON key for a tick column', () => expect(columnUseLabel(mark)).toBe('politicalTheory=senior'));
  it('is a dash for a column without a role', () => expect(columnUseLabel(none)).toBe('—'));
});

describe("inspect's role text", () => {
  it("is the role's Vietnamese label for a field", () => expect(columnUseText(field)).toBe('Trình độ chuyên môn'));
  it('names the dimension and the level a tick column marks', () =>
    expect(columnUseText(mark)).toBe('Lý luận chính trị: đánh dấu "Cao cấp"'));
  it('says a birth date under "Nam" tells the gender', () =>
    expect(columnUseText(bornMale)).toBe('Ngày sinh, ghi ở cột Nam (cho biết giới tính)'));
  it('says a birth date under "Nữ" tells the gender', () =>
    expect(columnUseText(bornFemale)).toBe('Ngày sinh, ghi ở cột Nữ (cho biết giới tính)'));
  it('is a dash for part of a split name', () => expect(columnUseText(namePart)).toBe('—'));
});

describe("inspect's role text in English", () => {
  const en = textFor('en').inspect;
  it('names the dimension and the level a tick column marks, in English', () =>
    expect(columnUseText(mark, en)).toBe('Political theory: ticks "Senior"'));
  it('says a birth date under "Nữ" tells the gender, in English', () =>
    expect(columnUseText(bornFemale, en)).toBe('Date of birth, written under Nữ (female) (gives the gender)'));
});
