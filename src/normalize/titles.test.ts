import { describe, expect, it } from 'vitest';
import { SLOTS_2026 } from '../../fixtures/lib/reform.js';
import { POSTS } from '../vocab/posts.js';
import { positionOf } from './positions.js';
import { foldKey } from './text.js';
import { BEFORE_REFORM, REFORM_DATE, TitleReader } from './titles.js';

const inForce = (date: string) => POSTS.filter((p) => (p.from ?? '0000') <= date && date <= (p.to ?? '9999'));

describe('the table of posts', () => {
  it('names a source for every entry, and dates that run forwards', () => {
    for (const post of POSTS) {
      expect(post.source, post.id).not.toBe('');
      if (post.from && post.to) expect(post.from <= post.to, post.id).toBe(true);
    }
  });

  it.each([BEFORE_REFORM, REFORM_DATE])('gives each spelling to one entry in force on %s', (date) => {
    const owner = new Map<string, string>();
    for (const post of inForce(date)) {
      for (const s of [...post.spellings, ...(post.whole ?? [])]) {
        const key = foldKey(s);
        expect(owner.get(key) ?? post.id, `${s}: ${owner.get(key)} and ${post.id}`).toBe(post.id);
        owner.set(key, post.id);
      }
    }
  });
});

describe('staff type and post read from one table', () => {
  it.each([BEFORE_REFORM, REFORM_DATE])('every spelling in force on %s names its post with its staff type', (date) => {
    const reader = new TitleReader(date);
    for (const post of inForce(date)) {
      for (const s of [...post.spellings, ...(post.whole ?? [])]) {
        expect(reader.classify(s), s).toBe(post.staffType);
        if (!post.generic) expect(reader.positionOf(s), s).toBe(post.id);
      }
    }
  });

  it('compare and the classifier agree on "CHT Quân sự"', () => {
    const reader = new TitleReader(BEFORE_REFORM);
    const post = POSTS.find((p) => p.id === positionOf('CHT Quân sự'));
    expect(post?.id).toBe('Chỉ huy trưởng Quân sự');
    expect(reader.classify('CHT Quân sự')).toBe(post?.staffType);
  });

  it('reads "Phó Chủ tịch Hội đồng nhân dân" as the HĐND vice-chair, not a Hội deputy', () => {
    const reader = new TitleReader(BEFORE_REFORM);
    expect(positionOf('Phó Chủ tịch Hội đồng nhân dân')).toBe('Phó Chủ tịch HĐND');
    expect(reader.classify('Phó Chủ tịch Hội đồng nhân dân')).toBe('canBo');
  });

  it('names no post with a general word followed by more words, but keeps its staff type', () => {
    const reader = new TitleReader(BEFORE_REFORM);
    expect(positionOf('Bí thư Huyện đoàn')).toBe(foldKey('Bí thư Huyện đoàn'));
    expect(reader.classify('Bí thư Huyện đoàn')).toBe('canBo');
  });

  it('reads a title typed without accents', () => {
    expect(new TitleReader(BEFORE_REFORM).classify('Chu tich UBND xa Tan Cuong')).toBe('canBo');
    expect(positionOf('Chu tich UBND')).toBe('Chủ tịch UBND');
  });

  it.each([
    ['CC Tư pháp – Hộ tịch', 'congChuc'],
    ['CC VH-XH', 'congChuc'],
    ['CC ĐC-XD-NN&MT', 'congChuc'],
    ['CC Địa chính - Nông nghiệp - Xây dựng và Môi trường', 'congChuc'],
    ['Phó BT Thường trực Đảng ủy', 'canBo'],
  ])('gives the staff type of a title with shortened words or a leading "CC": %s', (title, staffType) => {
    expect(new TitleReader(BEFORE_REFORM).classify(title)).toBe(staffType);
  });

  it.each(['Phó Chánh VP HĐND&UBND', 'TP Văn hoá - Xã hội', 'Phó TP Văn hóa – Xã hội'])(
    'reads the post-reform title "%s" as công chức, not as a bare, unresolved "Chánh Văn phòng" or nothing',
    (title) => {
      expect(new TitleReader(REFORM_DATE).classify(title)).toBe('congChuc');
    },
  );

  it('lets a config spelling win over the table', () => {
    const reader = new TitleReader(BEFORE_REFORM, [['other', 'Chủ tịch Hội Người khuyết tật']]);
    expect(reader.classify('Chủ tịch Hội người khuyết tật')).toBe('other');
  });
});

describe('titles after 1/7/2025 (domain.md §8)', () => {
  const reader = new TitleReader(REFORM_DATE);
  it.each(SLOTS_2026.map((s) => [s.title || s.job!, s.open ? 'unresolved' : s.type] as const))(
    '%s → %s',
    (title, type) => {
      expect(reader.classify(title)).toBe(type);
    },
  );

  it.each([
    ['Chỉ huy trưởng Quân sự', 'CHT Quân sự'],
    ['Phó Chủ tịch UBMTTQ', 'PCT UBMTTQ'],
  ])('%s changed with the reform: read by the posts in force on each side', (_post, title) => {
    expect(new TitleReader(BEFORE_REFORM).classify(title)).not.toBe('unresolved');
    expect(reader.classify(title)).toBe('unresolved');
  });

  it('a combined title is cán bộ when any part is: "PCT UBMTTQ - CT Hội LHPN"', () => {
    expect(reader.read('PCT UBMTTQ - CT Hội LHPN').parts.map((p) => p.post.staffType)).toEqual(['unresolved', 'canBo']);
    expect(reader.classify('PCT UBMTTQ - CT Hội LHPN')).toBe('canBo');
  });

  it('a bare "Chánh Văn phòng" (of the UBND office or the Party office?) is unresolved', () => {
    expect(reader.classify('Chánh Văn phòng')).toBe('unresolved');
    expect(reader.classify('Chánh Văn phòng HĐND và UBND')).toBe('congChuc');
  });

  it.each(['Nhân viên', 'Văn thư', 'Nhân viên văn phòng', 'Văn thư - Lưu trữ'])(
    '"%s" is unresolved after the reform (công chức hold the "nhân viên" grade too), other before it',
    (title) => {
      expect(new TitleReader(BEFORE_REFORM).classify(title)).toBe('other');
      expect(reader.classify(title)).toBe('unresolved');
    },
  );

  it('a contract worker ("Nhân viên hợp đồng") stays other after the reform', () => {
    expect(reader.classify('Nhân viên hợp đồng')).toBe('other');
  });

  it('one post before and after the reform keeps its id, so compare sees no change of post', () => {
    expect(new TitleReader(BEFORE_REFORM).positionOf('CHT Quân sự')).toBe(reader.positionOf('Chỉ huy trưởng Ban CHQS'));
  });
});

describe('a shortened title that a generic post also matches', () => {
  it('"Phó CT UBND" names the Phó Chủ tịch UBND, not the generic "Phó CT"', () => {
    const reader = new TitleReader(BEFORE_REFORM);
    expect(reader.read('Phó CT UBND').parts.map((p) => p.post.name)).toEqual(['Phó Chủ tịch Ủy ban nhân dân']);
  });

  it('"Phó CT HĐND" names the Phó Chủ tịch HĐND after 1/7/2025 too', () => {
    const reader = new TitleReader(REFORM_DATE);
    expect(reader.read('Phó CT HĐND').parts.map((p) => p.post.name)).toEqual(['Phó Chủ tịch Hội đồng nhân dân']);
  });

  it('"Phó CT" alone reads as "Phó Chủ tịch" written out does', () => {
    const reader = new TitleReader(BEFORE_REFORM);
    const names = (t: string) => reader.read(t).parts.map((p) => p.post.name);
    expect(names('Phó CT')).toEqual(names('Phó Chủ tịch'));
  });
});
