/**
 * Why a row was not counted: the reason ids are a JSON contract (README, `rows.skipped[].reason`) and each
 * label is what a reader of the report sees (`rows.skipped[].label`, the Excel sheet of rows passed over).
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';

// A fresh module for each test: the table is made when it loads, and a mutant there must be seen.
let SKIP_REASONS: typeof import('./person.js').SKIP_REASONS;
beforeEach(async () => {
  vi.resetModules();
  ({ SKIP_REASONS } = await import('./person.js'));
});

describe('the reasons a row is skipped', () => {
  it('are the seventeen ids the README lists', () => {
    expect(Object.keys(SKIP_REASONS).sort()).toEqual([
      'blank',
      'column numbers',
      'counts table',
      'field codes',
      'header',
      'hidden',
      'ignored',
      'no values in recognised columns',
      'note',
      'other list',
      'repeated header',
      'second line',
      'section',
      'signature',
      'subtotal',
      'title block',
      'vacant post',
    ]);
  });

  it.each([
    ['title block', 'khối tiêu đề phía trên dòng tiêu đề cột'],
    ['header', 'dòng tiêu đề cột'],
    ['blank', 'dòng trống'],
    ['section', 'dòng tên đơn vị hoặc nhóm (áp dụng cho các dòng bên dưới)'],
    ['subtotal', 'dòng cộng, tổng cộng'],
    ['signature', 'khối chữ ký'],
    ['repeated header', 'dòng tiêu đề lặp lại'],
    ['column numbers', 'dòng đánh số cột'],
    ['no values in recognised columns', 'không có giá trị ở các cột nhận diện được'],
    ['ignored', 'bỏ qua theo tệp cấu hình'],
    ['note', 'ghi chú, chú thích dưới bảng'],
    ['hidden', 'dòng bị ẩn trong bảng tính'],
    ['field codes', 'dòng mã trường dữ liệu'],
    ['counts table', 'bảng số lượng theo đơn vị dưới danh sách (không phải người)'],
    ['second line', 'dòng thứ hai của người ở dòng trên (gộp vào người đó)'],
    ['vacant post', 'chức danh còn khuyết, chưa có người (không phải người)'],
    ['other list', 'danh sách khác dưới danh sách cán bộ (quy hoạch, khen thưởng, …): không được đếm'],
  ] as const)('"%s" is said "%s"', (reason, label) => {
    expect(SKIP_REASONS[reason]).toBe(label);
  });
});
