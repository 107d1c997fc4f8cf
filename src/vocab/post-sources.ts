/**
 * The dates and sources the table of posts (posts.ts, posts-2025.ts) cites, and the posts whose staff
 * type changed with the reform (one entry on each side, same id and spellings).
 */
import type { Post, PostStaffType } from './posts.js';

/** The day the two-tier local government began (Luật 80/2025/QH15, NĐ 170/2025/NĐ-CP Art. 71). */
export const REFORM_DATE = '2025-07-01';
export const OLD_TO = '2025-06-30';
/**
 * NĐ 33/2023/NĐ-CP took effect on 1/8/2023 and no longer lists the commune police among commune công
 * chức: the regular police took the posts over (domain.md §3, §8).
 */
export const POLICE_LEFT = '2023-08-01';
export const POLICE_TO = '2023-07-31';
/** The ids of the commune police posts (posts.ts), open from POLICE_LEFT. */
export const POLICE_POSTS: ReadonlySet<string> = new Set(['Trưởng Công an xã', 'Phó Trưởng Công an xã']);
export const POLICE_OPEN = 'NĐ 33/2023/NĐ-CP (from 1/8/2023): commune police are regular police, no longer CBCC';
export const OPEN = 'domain.md §8: status open after 1/7/2025';
export const ND150 = 'NĐ 150/2025/NĐ-CP (bodies of the commune UBND); Luật 80/2025/QH15 Art. 1 (công chức)';
export const ND118 = 'NĐ 118/2025/NĐ-CP, NQ 332/NQ-CP (Trung tâm Phục vụ hành chính công); Luật 80/2025/QH15 Art. 1';
export const QD298 = 'QĐ 298-QĐ/TW (bodies of the commune Đảng ủy)';

/** Posts whose staff type changed with the reform: one entry before, one after, the same id and spellings. */
export const COMMANDER = {
  id: 'Chỉ huy trưởng Quân sự',
  name: 'Chỉ huy trưởng Ban Chỉ huy Quân sự',
  spellings: [
    'Chỉ huy trưởng Quân sự',
    'CHT Quân sự',
    'CHT QS',
    'CHT BCHQS',
    'Chỉ huy trưởng BCHQS',
    'Chỉ huy trưởng Ban CHQS',
    'CHT Ban CHQS',
    'Chỉ huy trưởng Ban Chỉ huy Quân sự',
    'Xã đội trưởng',
    'Phường đội trưởng',
  ],
  whole: ['Chỉ huy trưởng', 'CHT'],
};
export const POLICE_HEAD = {
  id: 'Trưởng Công an xã',
  name: 'Trưởng Công an xã',
  spellings: ['Trưởng Công an', 'Trưởng CA', 'Trưởng Công an xã'],
};
export const FRONT_DEPUTY = {
  id: 'Phó Chủ tịch UBMTTQ',
  name: 'Phó Chủ tịch Ủy ban Mặt trận Tổ quốc Việt Nam',
  spellings: [
    'Phó Chủ tịch UBMTTQ',
    'Phó Chủ tịch MTTQ',
    'PCT MTTQ',
    'PCT UBMTTQ',
    'Phó Chủ tịch Ủy ban MTTQ',
    'Phó Chủ tịch Ủy ban Mặt trận',
    // "UB" for Ủy ban, and the Front named alone: without them "Phó Chủ tịch" read the title as the
    // Phó Chủ tịch UBND's, a cán bộ (review rv22).
    'Phó Chủ tịch UB MTTQ',
    'PCT UB MTTQ',
    'Phó CT UB MTTQ',
    'Phó Chủ tịch UB Mặt trận',
    'Phó Chủ tịch Mặt trận',
    'Phó Chủ tịch Thường trực UBMTTQ',
    'Phó Chủ tịch TT UBMTTQ',
    'PCT TT UBMTTQ',
    'Phó Chủ tịch Thường trực MTTQ',
    'Phó Chủ tịch Thường trực Ủy ban MTTQ',
  ],
};

/** A post of the two-tier commune (from 1/7/2025) with its deputy: "Trưởng phòng X", "Phó Trưởng phòng X". */
export function withDeputy(
  id: string,
  spellings: string[],
  deputy: string[],
  staffType: PostStaffType,
  source: string,
): Post[] {
  return [
    { id, name: id, spellings, staffType, from: REFORM_DATE, source },
    { id: `Phó ${id}`, name: `Phó ${id}`, spellings: deputy, staffType, from: REFORM_DATE, source },
  ];
}

export const ND33 = 'NĐ 33/2023/NĐ-CP Art. 1 (domain.md §3)';
export const ND33_PART_TIME = 'NĐ 33/2023/NĐ-CP, người hoạt động không chuyên trách (domain.md §3)';
export const LAW80 = 'Luật Cán bộ, công chức 80/2025/QH15 Art. 1';
export const QD368 = 'QĐ 368-QĐ/TW, HD 31-HD/BTCTW; Luật 80/2025/QH15 Art. 1 (domain.md §8)';
export const BOTH = `${ND33}; after 1/7/2025 ${QD368}`;
