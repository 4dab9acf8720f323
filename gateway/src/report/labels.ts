/**
 * Short Vietnamese names of the programme's targets for the report's tables and charts (the catalogue's
 * `wordingVi` quotes whole sentences of the decision). Keyed by target id, or by the id without its year;
 * a target missing here is shown with the catalogue's English label.
 */
const TARGET_LABELS: Record<string, string> = {
  'II.2.1-nursery-under3': 'Trẻ dưới 3 tuổi đến nhà trẻ',
  'II.2.1-nursery-nonpublic': 'Trong đó: nhà trẻ ngoài công lập',
  'II.2.1-kindergarten-3-5': 'Trẻ 3–5 tuổi đến lớp mẫu giáo',
  'II.2.1-kindergarten-3-5-2020': 'Trẻ từ 3 đến dưới 5 tuổi đến lớp mẫu giáo',
  'II.2.1-kindergarten-nonpublic': 'Trong đó: mẫu giáo ngoài công lập',
  'II.2.1-kindergarten-age5': 'Trẻ 5 tuổi đến lớp mẫu giáo',
  'II.2.1-grade1-age6': 'Trẻ 6 tuổi vào lớp 1',
  'II.2.1-cec-also-vocational': 'TTGDTX huyện vừa dạy văn hóa vừa dạy nghề',
  'II.2.1-flexible-6-10': 'Trẻ 6–10 tuổi ngoài nhà trường học chương trình linh hoạt',
  'II.2.1-flexible-11-14': 'Trẻ 11–14 tuổi ngoài nhà trường học chương trình linh hoạt',
  'II.2.2-village-leaders-lower-secondary': 'Bí thư chi bộ, trưởng bản hoàn thành bổ túc THCS',
  'II.2.2-village-leaders-management-political': 'Bí thư chi bộ, trưởng bản được bồi dưỡng quản lý, lý luận chính trị',
  'II.2.2-key-cadres-lower-secondary': 'Cán bộ chủ chốt cấp xã có trình độ THCS trở lên',
  'II.2.2-key-cadres-upper-secondary': 'Trong đó: có trình độ THPT',
  'II.2.2-key-cadres-college': 'Cán bộ chủ chốt cấp xã có trình độ cao đẳng trở lên',
  'II.2.2-civil-servants-standard': 'Cán bộ, công chức, viên chức đạt chuẩn vị trí việc làm',
  'II.2.2-cadres-ethnic-language': 'Cán bộ vùng dân tộc biết tiếng dân tộc',
  'II.2.2-literacy-15-35': 'Người 15–35 tuổi biết chữ',
  'II.2.2-illiteracy-working-age': 'Người mù chữ trong độ tuổi lao động (tối đa)',
  'II.2.2-agri-workers-training-access': 'Lao động nông, lâm, ngư nghiệp được tiếp cận đào tạo',
  'II.2.2-workers-vocational-training': 'Lao động được đào tạo nghề',
  'II.2.2-workers-technology-transfer': 'Lao động được chuyển giao kỹ thuật sản xuất',
  'II.2.3-studious-families': 'Hộ được công nhận gia đình hiếu học',
  'V.11-district-steering-committees': 'Ban chỉ đạo XHHT cấp huyện thành lập trước 5/2013',
  'V.11-commune-steering-committees': 'Ban chỉ đạo XHHT cấp xã thành lập trước 7/2013',
  'V.1-programme-review': 'Tổng kết chương trình, triển khai giai đoạn tiếp theo (cuối 2015)',
};

export function targetLabel(target: { id: string; labelEn: string }): string {
  return TARGET_LABELS[target.id] ?? TARGET_LABELS[target.id.replace(/-20\d\d$/, '')] ?? target.labelEn;
}

/** The departments behind the subgraphs, as the province's people's committee knows them. */
export const DEPARTMENT_VI: Record<string, string> = {
  education: 'Sở Giáo dục và Đào tạo',
  vocational: 'Sở Lao động – Thương binh và Xã hội',
  workforce: 'Sở Nội vụ',
  awards: 'Ban Thi đua – Khen thưởng, Hội Khuyến học tỉnh',
  culture: 'Sở Văn hóa, Thể thao và Du lịch',
  programme: 'Văn phòng thường trực Chương trình (Sở Giáo dục và Đào tạo), Ban Chỉ đạo xây dựng XHHT tỉnh',
  geography: 'Sở Nội vụ (đơn vị hành chính)',
};

export const COMPARATOR_SIGN: Record<string, string> = { GTE: '≥', GT: '>', LTE: '≤', LT: '<' };

const nf = (digits: number) => new Intl.NumberFormat('vi-VN', { minimumFractionDigits: digits, maximumFractionDigits: digits });
const nf2 = nf(2);
const nf0 = nf(0);

/** 16.13 → "16,13" (Vietnamese decimal comma); null → "–". */
export function num(v: number | null | undefined, digits = 2): string {
  if (v === null || v === undefined) return '–';
  return (digits === 2 ? nf2 : digits === 0 ? nf0 : nf(digits)).format(v);
}

export function signed(v: number | null | undefined): string {
  if (v === null || v === undefined) return '–';
  return `${v > 0 ? '+' : v < 0 ? '−' : '±'}${num(Math.abs(v))}`;
}
