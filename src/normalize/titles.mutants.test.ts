/**
 * Reading titles, one rule per test, each reader built inside its test (a reader built while the file
 * loads is built once for a whole mutation run): the date an entry is in force, combined titles,
 * whole-title spellings, word boundaries, the post a title names first.
 */
import { describe, expect, it } from 'vitest';
import { foldKey } from './text.js';
import { BEFORE_REFORM, REFORM_DATE, reformPost, TitleReader, unresolvedPosts } from './titles.js';

const before = () => new TitleReader(BEFORE_REFORM);
const after = () => new TitleReader(REFORM_DATE);
const posts = (reader: TitleReader, title: string) => reader.read(title).parts.map((p) => p.post.id);

describe('the entry in force at the date', () => {
  it('the day that stands for "before the reform" is 30 June 2025, the eve of 1 July 2025', () => {
    expect([BEFORE_REFORM, REFORM_DATE]).toEqual(['2025-06-30', '2025-07-01']);
  });

  it('on 31/7/2023, before NĐ 33/2023, "Trưởng Công an xã" is still công chức', () => {
    expect(new TitleReader('2023-07-31').classify('Trưởng Công an xã')).toBe('congChuc');
  });

  it.each([['Trưởng Công an xã'], ['Trưởng CA xã'], ['Phó Trưởng Công an xã']])(
    'from 1/8/2023 (NĐ 33/2023: regular police) "%s" is left open, never công chức',
    (title) => {
      expect(new TitleReader('2023-08-01').classify(title)).toBe('unresolved');
    },
  );

  it('on the day of the reform, "Trưởng Công an" is left open by the law', () => {
    expect(after().classify('Trưởng Công an')).toBe('unresolved');
  });

  it('a post that exists only from the reform still reads in an older roster', () => {
    expect(before().classify('Chánh Văn phòng HĐND và UBND')).toBe('congChuc');
  });

  it('a post that exists only from the reform is read by its accent-less spelling in an older roster', () => {
    expect(before().classify('Chanh Van phong HDND va UBND')).toBe('congChuc');
  });
});

describe('combined titles', () => {
  it('cán bộ wins over công chức whichever comes first', () => {
    expect(before().classify('Văn phòng - Chủ tịch HĐND')).toBe('canBo');
  });

  it('cán bộ wins over a post the law leaves open', () => {
    expect(after().classify('Trưởng Công an - Chủ tịch UBND')).toBe('canBo');
  });

  it('cán bộ wins over other', () => {
    expect(before().classify('Văn thư - Chủ tịch UBND')).toBe('canBo');
  });

  it('a post the law leaves open wins over công chức', () => {
    expect(after().classify('Kế toán - Trưởng Công an')).toBe('unresolved');
  });

  it('công chức wins over other', () => {
    expect(before().classify('Văn thư - Kế toán')).toBe('congChuc');
  });

  it('names each post after ";", "&", "/" and "kiêm"', () => {
    for (const title of [
      'Chủ tịch UBND; Bí thư Đảng ủy',
      'Chủ tịch UBND & Bí thư Đảng ủy',
      'Chủ tịch UBND / Bí thư Đảng ủy',
      'Chủ tịch UBND kiêm Bí thư Đảng ủy',
    ])
      expect(posts(before(), title), title).toEqual(['Chủ tịch UBND', 'Bí thư Đảng ủy']);
  });

  it('names each post after "kiêm nhiệm"', () => {
    expect(posts(before(), 'Chủ tịch UBND kiêm nhiệm Bí thư Đảng ủy')).toEqual(['Chủ tịch UBND', 'Bí thư Đảng ủy']);
  });

  it('names each post after "đồng thời": "Văn phòng đồng thời Chủ tịch HĐND" is cán bộ', () => {
    expect(before().classify('Văn phòng đồng thời Chủ tịch HĐND')).toBe('canBo');
  });

  it('names each post after "đồng thời là"', () => {
    expect(posts(before(), 'Văn phòng đồng thời là Chủ tịch HĐND')).toEqual(['Văn phòng - Thống kê', 'Chủ tịch HĐND']);
  });

  it('names each post after "kiem" in a title typed without accents', () => {
    expect(before().classify('Van phong kiem Chu tich HDND')).toBe('canBo');
  });

  it('names each post after "dong thoi" in a title typed without accents', () => {
    expect(before().classify('Van phong dong thoi Chu tich HDND')).toBe('canBo');
  });
});

describe('spellings of a whole title', () => {
  it('"Bí thư" alone names the Party Secretary', () => {
    expect(before().read('Bí thư').parts).toEqual([expect.objectContaining({ named: true, at: 0 })]);
  });

  it('"Văn phòng" followed by more words keeps its staff type but names no post', () => {
    const reading = before().read('Văn phòng HĐND');
    expect([reading.staffType, reading.parts[0]?.named]).toEqual(['congChuc', false]);
  });

  it('"Văn phòng" ending its part of a combined title names the post', () => {
    expect(before().read('Văn phòng - Chủ tịch HĐND').parts[0]?.named).toBe(true);
  });

  it('a spelling that is not a whole-title one names its post when more words follow', () => {
    expect(before().read('Chủ tịch UBND xã Tân Cương').parts[0]?.named).toBe(true);
  });
});

describe('word boundaries', () => {
  it('a spelling run into the next word names nothing: "Kế toánviên"', () => {
    expect(before().classify('Kế toánviên')).toBeUndefined();
  });

  it('a spelling run into the next word after a separator names nothing', () => {
    expect(posts(before(), 'Chủ tịch UBND - Kế toánviên')).toEqual(['Chủ tịch UBND']);
  });
});

describe('the post a title names first (compare)', () => {
  it('is the folded title when it names no post', () => {
    expect(before().positionOf('Abc xyz')).toBe(foldKey('Abc xyz'));
  });

  it('is the folded title when its first post is not at its start', () => {
    expect(before().positionOf('Xyz - Chủ tịch UBND')).toBe(foldKey('Xyz - Chủ tịch UBND'));
  });

  it('is the folded title when its first part names no post of its own ("Văn phòng HĐND")', () => {
    expect(before().positionOf('Văn phòng HĐND')).toBe(foldKey('Văn phòng HĐND'));
  });

  it('is the folded part before "kiêm" when the title names no post', () => {
    expect(before().positionOf('Abc kiêm Xyz')).toBe(foldKey('Abc'));
  });

  it('is a reform-only post in an older roster, even with more words after it', () => {
    expect(before().positionOf('Chánh Văn phòng HĐND và UBND xã An Khánh')).toBe('Chánh Văn phòng HĐND và UBND');
  });

  it('is the post named at its start', () => {
    expect(before().positionOf('PCT')).toBe('Phó Chủ tịch UBND');
  });
});

describe('posts of a reading', () => {
  it('the reform-only post of a title is named', () => {
    expect(reformPost(after().read('Chánh Văn phòng HĐND và UBND'))?.id).toBe('Chánh Văn phòng HĐND và UBND');
  });

  it('a post that existed before the reform is no reform-only post', () => {
    expect(reformPost(after().read('Trưởng Công an'))).toBeUndefined();
  });

  it('a reform-only post is found after another part', () => {
    expect(reformPost(after().read('Văn phòng - Chủ nhiệm UBKT'))?.id).toBe('Chủ nhiệm UBKT Đảng ủy');
  });

  it('lists the posts whose staff type the law leaves open', () => {
    expect(unresolvedPosts(after().read('Chủ tịch UBND - Trưởng Công an')).map((p) => p.id)).toEqual([
      'Trưởng Công an xã',
    ]);
  });

  it('lists none for a title whose posts all have a staff type', () => {
    expect(unresolvedPosts(before().read('CHT Quân sự - Chủ tịch UBND'))).toEqual([]);
  });
});

describe('a config spelling', () => {
  it('wins over the table for the whole title', () => {
    expect(new TitleReader(BEFORE_REFORM, [['other', 'Chủ tịch UBND']]).classify('chủ tịch ubnd')).toBe('other');
  });

  it('leaves a title it does not spell to the table', () => {
    expect(new TitleReader(BEFORE_REFORM, [['other', 'Chủ tịch Hội']]).classify('Chủ tịch UBND')).toBe('canBo');
  });
});
