/**
 * Titles that name no commune post of their own (review rv30): seats held beside a post, and the posts of
 * a village or residential group.
 *
 * A seat ("Ủy viên UBND", "Đảng ủy viên", "Trưởng Ban Dân vận") is a place on a body that its holder has
 * beside the post they are paid for: beside a post ("Đảng ủy viên, Chuyên viên Văn phòng"), that post
 * decides the staff type; alone, the title does not say which post is held, so the staff type is
 * unresolved — counted unknown and listed (STAFF_TYPE_UNRESOLVED), never guessed.
 */
import type { Post } from './posts.js';
import { LAW80, ND33_PART_TIME, QD298 } from './post-sources.js';

const SEAT_OPEN = 'a seat held beside a post, which decides the staff type; alone the title does not name the post';

export function seatPosts(): Post[] {
  return [
    {
      id: 'Ủy viên UBND',
      name: 'Ủy viên Ủy ban nhân dân',
      spellings: ['Ủy viên UBND', 'UV UBND', 'UVUBND', 'Ủy viên Ủy ban nhân dân'],
      staffType: 'unresolved',
      seat: true,
      // Before the reform: the military commander (công chức) and the police chief (open from 1/8/2023).
      source: `NĐ 300/2025/NĐ-CP Art. 7 (heads of the specialised bodies, the military and the police members); ${SEAT_OPEN}`,
    },
    {
      id: 'Đảng ủy viên',
      name: 'Ủy viên Ban Chấp hành Đảng bộ',
      spellings: [
        'Đảng ủy viên',
        'ĐUV',
        'Ủy viên BCH Đảng bộ',
        'UV BCH Đảng bộ',
        'UVBCH Đảng bộ',
        'Ủy viên Ban Chấp hành Đảng bộ',
        'Ủy viên Ban chấp hành Đảng ủy',
        'Ủy viên BCH Đảng ủy',
        'UV BCH Đảng ủy',
        'Ủy viên Đảng ủy',
        'UV Đảng ủy',
        'UV ĐU',
      ],
      staffType: 'unresolved',
      seat: true,
      source: `Điều lệ Đảng (the Party committee's executive, elected by the congress); ${SEAT_OPEN}`,
    },
    {
      id: 'Ủy viên UBKT Đảng ủy',
      name: 'Ủy viên Ủy ban Kiểm tra Đảng ủy',
      spellings: ['Ủy viên UBKT', 'UV UBKT', 'Ủy viên Ủy ban Kiểm tra', 'UVUBKT'],
      staffType: 'unresolved',
      seat: true,
      source: `${QD298}; full-time members hold a term post (cán bộ as the Chủ nhiệm), part-time ones hold it beside theirs: ${SEAT_OPEN}`,
    },
    {
      // No commune body after 1/7/2025 (QĐ 298-QĐ/TW: Văn phòng, Ban Xây dựng Đảng, UBKT); before it, a
      // task of the Party committee held by a cán bộ or a part-time worker, as the province decided.
      id: 'Trưởng Ban Tuyên giáo, Dân vận',
      name: 'Trưởng, Phó Ban Tuyên giáo / Dân vận / Khối Dân vận của Đảng ủy',
      spellings: [
        'Trưởng Ban Tuyên giáo và Dân vận',
        'Trưởng Ban Tuyên giáo - Dân vận',
        'Trưởng Ban Tuyên giáo',
        'Trưởng Ban Dân vận',
        'Trưởng Khối Dân vận',
        'Phó Trưởng Ban Tuyên giáo và Dân vận',
        'Phó Trưởng Ban Tuyên giáo - Dân vận',
        'Phó Trưởng Ban Tuyên giáo',
        'Phó Trưởng Ban Dân vận',
        'Phó Ban Tuyên giáo',
        'Phó Ban Dân vận',
        'Phó Khối Dân vận',
        'TB Tuyên giáo',
        'TB Dân vận',
      ],
      staffType: 'unresolved',
      seat: true,
      source: `${QD298} (no such body of a commune Party committee); ${SEAT_OPEN}`,
    },
    {
      // The commune military command's political officer: the Party secretary holds it (Luật Dân quân tự vệ
      // 2019); its deputy is held beside another post too. Alone, the post held is not said.
      id: 'Chính trị viên Ban CHQS',
      name: 'Chính trị viên, Chính trị viên phó Ban Chỉ huy Quân sự',
      spellings: [
        'Chính trị viên',
        'Chính trị viên phó',
        'CTV BCHQS',
        'Chính trị viên BCHQS',
        'Chính trị viên Ban CHQS',
      ],
      staffType: 'unresolved',
      seat: true,
      source: `Luật Dân quân tự vệ 2019 (held concurrently); ${SEAT_OPEN}`,
    },
    {
      // "Văn phòng Đảng ủy" alone (s12-rv35): before 1/7/2025 a part-time post where the province named it
      // so, a Văn phòng - Thống kê công chức's task elsewhere; from then the Party committee's office, whose
      // staff's status is open (QĐ 298-QĐ/TW). It read as Văn phòng - Thống kê, a công chức, without a word.
      id: 'Văn phòng Đảng ủy',
      name: 'Văn phòng Đảng ủy (nhân viên, chuyên viên)',
      spellings: ['Văn phòng Đảng ủy', 'VP Đảng ủy', 'VP ĐU', 'Văn phòng ĐU', 'Cán bộ Văn phòng Đảng ủy'],
      staffType: 'unresolved',
      gradeSettles: true,
      source: `${ND33_PART_TIME} (where the province lists it); ${QD298}: open`,
      generic: true,
    },
    // Words that say a staff type without naming a post: the ids of posts.ts's generic entries.
    {
      id: 'Chức danh công chức',
      name: 'Chức danh công chức',
      // An inspectors' grade (ngạch thanh tra viên) is a công chức's grade.
      spellings: ['Thanh tra viên', 'Thanh tra viên chính'],
      staffType: 'congChuc',
      source: `${LAW80} (a công chức holds a grade, ngạch)`,
      generic: true,
    },
    {
      id: 'Không chuyên trách, hợp đồng',
      name: 'Không chuyên trách, hợp đồng',
      spellings: [
        // The people's inspection board, elected by the residents under the Front: volunteers.
        'Trưởng ban Thanh tra nhân dân',
        'Phó Trưởng ban Thanh tra nhân dân',
        'Trưởng ban TTND',
        // Staff of a public service unit ("Viên chức Trung tâm PVHCC"): neither cán bộ nor công chức.
        'Viên chức',
      ],
      staffType: 'other',
      source: `${ND33_PART_TIME}; ${LAW80} (viên chức are neither)`,
      generic: true,
    },
  ];
}

/**
 * The post a title names when it is of a village or residential group (thôn, tổ dân phố, ấp, bản …):
 * never a commune post, whatever post of the village it names ("Chủ tịch Hội Phụ nữ thôn" is no
 * Chủ tịch Hội LHPN of the commune). Normalize/title-village.ts finds the village words.
 */
export const VILLAGE_POST: Post = {
  id: 'Chức danh ở thôn, tổ dân phố',
  name: 'Chức danh ở thôn, tổ dân phố (không phải chức danh cấp xã)',
  spellings: [],
  staffType: 'other',
  source: `${ND33_PART_TIME}: the posts of a village or residential group are no commune posts`,
  generic: true,
};
