/**
 * Vietnamese words of the intake: column labels and problem messages. The column labels are a stopgap until the
 * departments publish their datasets' descriptions with Vietnamese labels (branch intake-kit); a column not
 * listed here is labelled with its English description from the schema.
 */
const COLUMN_VI: Record<string, string> = {
  communeCode: 'Mã xã', districtCode: 'Mã huyện', year: 'Năm', unitName: 'Tên đơn vị (chỉ để xem)',
  childrenUnder3: 'Trẻ dưới 3 tuổi', under3InNursery: 'Trẻ dưới 3 tuổi đi nhà trẻ', under3InNurseryNonPublic: 'Trong đó: nhà trẻ ngoài công lập',
  children3To5: 'Trẻ 3–5 tuổi', age3To5InKindergarten: 'Trẻ 3–5 tuổi đi mẫu giáo', age3To5InKindergartenNonPublic: 'Trong đó: mẫu giáo ngoài công lập',
  childrenAge5: 'Trẻ 5 tuổi', age5InKindergarten: 'Trẻ 5 tuổi đi mẫu giáo', childrenAge6: 'Trẻ 6 tuổi', age6EnteringGrade1: 'Trẻ 6 tuổi vào lớp 1',
  outOfSchool6To10: 'Trẻ 6–10 tuổi hoàn cảnh khó khăn ngoài nhà trường', outOfSchool6To10InFlexible: 'Trong đó: học lớp linh hoạt (6–10)',
  outOfSchool11To14: 'Trẻ 11–14 tuổi hoàn cảnh khó khăn ngoài nhà trường', outOfSchool11To14InFlexible: 'Trong đó: học lớp linh hoạt (11–14)',
  population15To35Male: 'Nam 15–35 tuổi', population15To35Female: 'Nữ 15–35 tuổi', literate15To35Male: 'Nam 15–35 tuổi biết chữ', literate15To35Female: 'Nữ 15–35 tuổi biết chữ',
  workingAgeMale: 'Nam trong độ tuổi lao động', workingAgeFemale: 'Nữ trong độ tuổi lao động',
  illiterateWorkingAgeMale: 'Nam trong độ tuổi lao động mù chữ', illiterateWorkingAgeFemale: 'Nữ trong độ tuổi lao động mù chữ',
  established: 'Đã thành lập', establishedOn: 'Ngày thành lập', rating: 'Xếp loại', learners: 'Số người học', activities: 'Số hoạt động',
  source: 'Nguồn số liệu', sex: 'Giới tính', ethnicGroup: 'Dân tộc',
};

export function labelVi(field: string, description: string): string {
  return COLUMN_VI[field] ?? (description || field);
}

/** Vietnamese messages by problem code; the English message (from the kit or the intake) stays beside it. */
const PROBLEM_VI: Record<string, string> = {
  REQUIRED: 'Ô này bắt buộc phải có số liệu',
  NOT_NUMBER: 'Không phải số nguyên viết bằng chữ số (không dùng dấu chấm/phẩy phân cách hàng nghìn)',
  NEGATIVE: 'Số không được âm',
  OUT_OF_RANGE: 'Giá trị nằm ngoài khoảng cho phép',
  PART_EXCEEDS_WHOLE: 'Số thành phần lớn hơn số tổng',
  DUPLICATE_ROW: 'Dòng bị trùng (cùng mã đơn vị và năm)',
  NOT_ALLOWED: 'Giá trị không nằm trong danh sách cho phép',
  NOT_BOOLEAN: 'Phải là có/không',
  NOT_DATE: 'Không phải ngày hợp lệ (YYYY-MM-DD)',
  TOO_LONG: 'Văn bản quá dài',
  UNKNOWN_COMMUNE: 'Mã xã không tồn tại',
  COMMUNE_NOT_VALID_IN_YEAR: 'Xã không tồn tại trong năm này',
  UNKNOWN_DISTRICT: 'Mã huyện không tồn tại',
  PERIOD_LOCKED: 'Kỳ báo cáo đã được phê duyệt và khoá: không thể ghi',
  UNIT_NOT_IN_YEAR: 'Đơn vị không tồn tại trong năm này',
  UNKNOWN_UNIT: 'Không có đơn vị với mã này',
  OUTSIDE_UNIT: 'Dòng thuộc đơn vị khác, không thuộc đơn vị báo cáo',
  WRONG_YEAR: 'Năm của dòng khác năm báo cáo',
  NUMBER_STORED_AS_TEXT: 'Số được lưu dưới dạng văn bản: định dạng ô là số',
  THOUSANDS_SEPARATOR: 'Số có dấu phân cách hàng nghìn: viết liền các chữ số (1234, không phải 1.234)',
  FORMULA: 'Ô chứa công thức: nhập giá trị, không dùng công thức',
  FORMULA_NO_VALUE: 'Ô chứa công thức chưa có giá trị tính sẵn',
  MERGED_CELLS: 'Không được gộp ô',
  DATE_IN_NUMBER_CELL: 'Ô số chứa ngày tháng',
  DATE_AS_SERIAL: 'Ngày được lưu dưới dạng số sê-ri: nhập ngày dạng YYYY-MM-DD',
  CELL_ERROR: 'Ô chứa lỗi công thức (#DIV/0!, #REF!…)',
  NOT_A_TEMPLATE: 'Tệp không phải mẫu nhập liệu của nền tảng: hãy tải mẫu mới',
  TEMPLATE_VERSION: 'Mẫu thuộc phiên bản khác: hãy tải mẫu mới',
  TEMPLATE_MISMATCH: 'Mẫu dành cho bộ số liệu, năm hoặc đơn vị khác',
  HEADER_MISMATCH: 'Tiêu đề cột không khớp với mẫu',
  SHEET_MISSING: 'Thiếu trang số liệu của mẫu',
  TOO_MANY_ROWS: 'Quá nhiều dòng trong một lần tải lên',
  FILE_TOO_LARGE: 'Tệp quá lớn',
  ARCHIVE_TOO_LARGE: 'Tệp nén giải nén ra quá lớn (nghi ngờ "bom zip")',
  NOT_A_SPREADSHEET: 'Tệp không phải XLSX hay CSV',
  LEGACY_XLS: 'Tệp Excel cũ (.xls): hãy lưu thành .xlsx',
  EXTERNAL_LINK: 'Bảng tính liên kết tới tệp bên ngoài: hãy bỏ liên kết',
  MACRO_ENABLED: 'Tệp có macro (.xlsm) không được chấp nhận',
  ENCODING: 'Tệp CSV không phải UTF-8: hãy lưu lại với mã UTF-8',
  UNKNOWN_COLUMN: 'Cột không thuộc bộ số liệu này',
  MISSING_COLUMN: 'Thiếu cột bắt buộc',
  DUPLICATE_COLUMN: 'Cột bị lặp lại',
  COLUMN_COUNT: 'Số ô của dòng khác số cột',
  EMPTY_FILE: 'Tệp không có dòng số liệu nào',
  NO_ROWS: 'Tệp không có dòng số liệu nào',
  CSV_SYNTAX: 'Lỗi cú pháp CSV',
  SEPARATOR: 'CSV phải phân cách bằng dấu phẩy',
  PREVIEW_STALE: 'Số liệu đã thay đổi từ lúc xem trước: hãy kiểm tra lại',
  FORBIDDEN: 'Bạn không có quyền ghi số liệu này',
  UNAUTHENTICATED: 'Cần đăng nhập',
};

export function problemVi(code: string): string {
  return PROBLEM_VI[code] ?? `Lỗi ${code}`;
}
