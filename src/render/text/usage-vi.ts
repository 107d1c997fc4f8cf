/**
 * The option parser's usage errors in Vietnamese (the `usage` section of text/vi.ts): an unknown option,
 * a missing argument, a bad value and why. commander's own English lines are replaced by these (src/cli/usage.ts).
 */

export interface UsageReasons {
  wholeFromOne: string;
  wholeToHundred: string;
  oneOf: (values: readonly string[]) => string;
  notBlank: string;
  date: string;
  reformOnly: (date: string) => string;
  ages: string;
  agesIncrease: string;
  twoDimensions: (dims: readonly string[]) => string;
  notATable: (id: string, ids: readonly string[]) => string;
  namedTwice: (id: string) => string;
  outputPath: string;
}

export interface UsageWords {
  unknownOption: (flag: string, like?: string) => string;
  unknownCommand: (name: string, like?: string) => string;
  missingArgument: (name: string) => string;
  optionMissingArgument: (flags: string) => string;
  invalidValue: (flags: string, value: string, reason: string) => string;
  excessArguments: (command: string, expected: number, got: number) => string;
  conflicting: (a: string, b: string) => string;
  /** A message of commander's this table does not know, as commander says it. */
  other: (message: string) => string;
  seeHelp: (command?: string) => string;
  reasons: UsageReasons;
}

const ARGUMENTS: Record<string, string> = {
  inputs: 'tệp, thư mục hoặc mẫu tên của danh sách',
  file: 'tệp danh sách',
  roster: 'tệp danh sách',
  old: 'kỳ trước (tệp, thư mục hoặc mẫu tên)',
  new: 'kỳ sau (tệp, thư mục hoặc mẫu tên)',
};

export const usageVi: UsageWords = {
  unknownOption: (flag, like) => `không có tùy chọn '${flag}'${like ? ` (có phải ${like}?)` : ''}`,
  unknownCommand: (name, like) =>
    `không có lệnh '${name}'${like ? ` (có phải ${like}?)` : ''} (các lệnh: report, inspect, init-config, compare)`,
  missingArgument: (name) => `thiếu ${ARGUMENTS[name] ?? `đối số '${name}'`}`,
  optionMissingArgument: (flags) => `tùy chọn '${flags}' thiếu giá trị`,
  invalidValue: (flags, value, reason) => `tùy chọn '${flags}': giá trị '${value}' không hợp lệ; ${reason}`,
  excessArguments: (command, expected, got) =>
    `lệnh '${command}' nhận ${expected} đối số, nhưng được cho ${got} (tên tệp có dấu cách cần đặt trong ngoặc kép)`,
  conflicting: (a, b) => `tùy chọn '${a}' không dùng cùng '${b}'`,
  other: (message) => message,
  seeHelp: (command) => `(xem cách dùng: cbcc-stats ${command ? `${command} ` : ''}--help)`,
  reasons: {
    wholeFromOne: 'cần một số nguyên từ 1 trở lên',
    wholeToHundred: 'cần một số nguyên từ 0 đến 100',
    oneOf: (values) => `cần một trong: ${values.join(', ')}`,
    notBlank: 'cần một đoạn chữ, không để trống',
    date: 'cần một ngày dạng dd/mm/yyyy hoặc YYYY-MM-DD',
    reformOnly: (date) => `chỉ biết đợt sắp xếp đơn vị ngày ${date}; cho ngày đó hoặc muộn hơn`,
    ages: 'cần các mốc tuổi cách nhau bằng dấu phẩy, ví dụ 30,40,50,60',
    agesIncrease: 'các mốc tuổi phải tăng dần',
    twoDimensions: (dims) => `cần hai chỉ tiêu khác nhau, ví dụ education,staffType (các chỉ tiêu: ${dims.join(', ')})`,
    notATable: (id, ids) => `"${id}" không phải một bảng (các bảng: ${ids.join(', ')})`,
    namedTwice: (id) => `"${id}" được kể hai lần`,
    outputPath: 'cần đường dẫn của tệp sẽ ghi',
  },
};
