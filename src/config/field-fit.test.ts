/** The config's fieldFit section: posts by any spelling, families checked, every mistake named. */
import { describe, expect, it } from 'vitest';
import { parseConfig } from './config.js';

const parse = (fieldFit: unknown) => parseConfig('c.json', { fieldFit }).fieldFit;

describe('the fieldFit section of a config', () => {
  it('names a post by its id or any spelling of the table of posts', () => {
    const posts = parse({ posts: { 'VP-TK': ['publicAdministration'], 'TP-HT': ['law', 'politics'] } })!.posts!;
    expect([...posts]).toEqual([
      ['Văn phòng - Thống kê', ['publicAdministration']],
      ['Tư pháp - Hộ tịch', ['law', 'politics']],
    ]);
  });

  it('takes more spellings per family, and fromEducation', () => {
    expect(parse({ fields: { law: ['Pháp chế'] }, fromEducation: true })).toEqual({
      fields: { law: ['Pháp chế'] },
      fromEducation: true,
    });
  });

  it.each([
    [{ posts: { 'Trưởng thôn xóm lạ': ['law'] } }, '"fieldFit.posts.Trưởng thôn xóm lạ" is not a post'],
    [{ posts: { 'TP-HT': ['laws'] } }, '"laws" is not a field family'],
    [{ fields: { lawyers: [] } }, '"fieldFit.fields.lawyers" is not a field family'],
    [{ fromEducation: 'yes' }, '"fieldFit.fromEducation" must be true or false'],
    [{ posts: [] }, '"fieldFit.posts" must map a post'],
    [{ when: 'always' }, 'unknown key "fieldFit.when"'],
  ])('rejects %j, saying so', (raw, message) => {
    expect(() => parse(raw)).toThrow(message);
  });

  it('does not take fieldFit among the dimensions a config adds spellings to', () => {
    expect(() => parseConfig('c.json', { spellings: { fieldFit: { fits: ['x'] } } })).toThrow(
      '"spellings.fieldFit" is not a dimension',
    );
  });
});
