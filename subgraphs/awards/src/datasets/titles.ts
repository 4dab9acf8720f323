/**
 * Emulation titles (danh hiệu) and their criteria sets, versioned by the decision that issued them.
 * Reference data, not statistics: every figure here appears in a cited source
 * (../shared/domain/learning-society-scoring.md). Where a source was not seen, the item says so with
 * `confirmed: false` and a note, and carries no number.
 */
export type TitleSubject = 'HOUSEHOLD' | 'CLAN' | 'VILLAGE' | 'UNIT' | 'COMMUNE';
export type CriteriaScheme = 'POINTS' | 'LEVELS' | 'UNCONFIRMED';
export type RecognitionGrade = 'TOT' | 'KHA' | 'TRUNG_BINH' | 'CHUA_DAT' | 'KHONG_DAT' | 'MUC_DO_1' | 'MUC_DO_2';

export const GRADES: readonly RecognitionGrade[] = ['TOT', 'KHA', 'TRUNG_BINH', 'CHUA_DAT', 'KHONG_DAT', 'MUC_DO_1', 'MUC_DO_2'];

/** The uniform-list indicator a title's recognitions count towards (shared INDICATORS), if any. */
export type AwardsIndicatorCode = 'AW_STUDIOUS_FAMILIES' | 'AW_LEARNING_CLANS' | 'AW_LEARNING_VILLAGES' | 'AW_LEARNING_UNITS';

export interface EmulationTitle {
  code: string;
  nameVi: string;
  name: string;
  subject: TitleSubject;
  indicatorCode: AwardsIndicatorCode | null;
  /** Clauses of QĐ 354/QĐ-UBND (2013) that name the title or its recognition. */
  seedClauses: string[];
  description: string;
}

export interface IssuingDecision {
  /** e.g. "TT 22/2020/TT-BGDĐT"; null when the issuing text is not known. */
  number: string | null;
  issuer: string;
  /** ISO date of issue, null when unknown. */
  issuedOn: string | null;
  effectiveOn: string | null;
  confirmed: boolean;
  note: string | null;
}

export interface CriterionItem {
  code: string;
  nameVi: string;
  maxPoints: number | null;
  confirmed: boolean;
  note: string | null;
}

export interface Criterion extends CriterionItem {
  items: CriterionItem[];
}

export interface GradeBand {
  grade: RecognitionGrade;
  labelVi: string;
  /** Inclusive lower bound of the score; null when the cut-off is not known. */
  minScore: number | null;
  /** Upper bound; inclusive only for the top band (100). */
  maxScore: number | null;
  maxInclusive: boolean;
  /** Whether the grade counts as recognised (đạt). */
  passing: boolean;
  confirmed: boolean;
  note: string | null;
}

export interface CriteriaSet {
  code: string;
  titleCode: string;
  decision: IssuingDecision;
  /** First and last data year the set is used for (inclusive); null validToYear = still in force. */
  validFromYear: number;
  validToYear: number | null;
  /** False when the validity years are a modelling assumption rather than read in the decision. */
  validityConfirmed: boolean;
  validityNote: string | null;
  scheme: CriteriaScheme;
  /** Maximum total score for POINTS schemes; null when not known. */
  maxPoints: number | null;
  criteria: Criterion[];
  gradeBands: GradeBand[];
  /** True only when every criterion, point and band of the set is confirmed. */
  confirmed: boolean;
  notes: string[];
  sources: string[];
}

// A citation shown to users, not a file the code reads.
const SCORING_DOC = 'Learning-society scoring domain summary provided to the platform team (compiled from public web pages, 2026)';
const QD354 = 'QĐ 354/QĐ-UBND (2013) of UBND tỉnh Sơn La';

export const TITLES: readonly EmulationTitle[] = [
  { code: 'GIA_DINH_HIEU_HOC', nameVi: 'Gia đình hiếu học', name: 'Studious family', subject: 'HOUSEHOLD', indicatorCode: 'AW_STUDIOUS_FAMILIES', seedClauses: ['II.2.3', 'III.2', 'IV.2'], description: 'Household title of the movement the programme launches (II.2.3); target: over 70% of households by 2015.' },
  { code: 'GIA_DINH_HOC_TAP', nameVi: 'Gia đình học tập', name: 'Learning family', subject: 'HOUSEHOLD', indicatorCode: 'AW_STUDIOUS_FAMILIES', seedClauses: ['V.8'], description: 'Household title of Hội Khuyến học Việt Nam (QĐ 448/QĐ-KHVN) from 2016; counted in the same household indicator as "Gia đình hiếu học".' },
  { code: 'DONG_HO_KHUYEN_HOC', nameVi: 'Dòng họ khuyến học', name: 'Learning-promoting clan', subject: 'CLAN', indicatorCode: 'AW_LEARNING_CLANS', seedClauses: ['II.2.3', 'IV.2'], description: 'Clan title of the movement the programme launches (II.2.3).' },
  { code: 'DONG_HO_HOC_TAP', nameVi: 'Dòng họ học tập', name: 'Learning clan', subject: 'CLAN', indicatorCode: 'AW_LEARNING_CLANS', seedClauses: ['V.8'], description: 'Clan title of Hội Khuyến học Việt Nam (QĐ 448/QĐ-KHVN) from 2016.' },
  { code: 'CONG_DONG_KHUYEN_HOC', nameVi: 'Cộng đồng khuyến học (thôn, bản, tổ dân phố)', name: 'Learning-promoting community (village, residential group)', subject: 'VILLAGE', indicatorCode: 'AW_LEARNING_VILLAGES', seedClauses: ['II.2.3', 'IV.2'], description: 'Village / residential-group title of the movement the programme launches (II.2.3).' },
  { code: 'CONG_DONG_HOC_TAP_THON', nameVi: 'Cộng đồng học tập (thôn, bản, tổ dân phố)', name: 'Learning community (village, residential group)', subject: 'VILLAGE', indicatorCode: 'AW_LEARNING_VILLAGES', seedClauses: ['V.8'], description: 'Village / residential-group title of Hội Khuyến học Việt Nam (QĐ 448/QĐ-KHVN) from 2016; recognised yearly (V.8).' },
  { code: 'BAN_VAN_HOA_SUC_KHOE_HOC_TAP', nameVi: 'Bản, tổ dân phố, tiểu khu "văn hóa - sức khỏe - học tập"', name: 'Village / residential group "culture - health - learning"', subject: 'VILLAGE', indicatorCode: null, seedClauses: ['II.2.3'], description: 'Village title the programme asks to build (II.2.3); not part of the uniform indicator list.' },
  { code: 'DON_VI_HOC_TAP', nameVi: 'Đơn vị học tập', name: 'Learning unit', subject: 'UNIT', indicatorCode: 'AW_LEARNING_UNITS', seedClauses: ['II.2.3', 'V.8'], description: 'Title of an agency, school, enterprise or other organisation; assessed and recognised yearly (V.8).' },
  { code: 'XA_KHUYEN_HOC_KHUYEN_TAI', nameVi: 'Xã, phường, thị trấn "Khuyến học, khuyến tài"', name: 'Commune "Khuyến học, khuyến tài"', subject: 'COMMUNE', indicatorCode: null, seedClauses: ['II.2.3', 'V.1'], description: 'Commune title the programme asks to build (II.2.3); Sở GD&ĐT advises on its criteria (V.1).' },
  { code: 'CONG_DONG_HOC_TAP_XA', nameVi: 'Cộng đồng học tập cấp xã', name: 'Commune learning community', subject: 'COMMUNE', indicatorCode: null, seedClauses: ['V.8'], description: 'Commune-level "Cộng đồng học tập", assessed yearly (V.8; TT 44/2014 points, from 2024 TT 25/2023 levels).' },
];

const unconfirmedDecision = (issuer: string, note: string): IssuingDecision => ({ number: null, issuer, issuedOn: null, effectiveOn: null, confirmed: false, note });
const QD448: IssuingDecision = {
  number: 'QĐ 448/QĐ-KHVN', issuer: 'Hội Khuyến học Việt Nam', issuedOn: '2015-11-10', effectiveOn: null, confirmed: false,
  note: 'Issue date differs between copies: 10/11/2015 (khuyenhocyenbai.vn) or 01/12/2015 (violet copy). Criteria for 2016-2020.',
};
const unknownCriterion = (code: string, nameVi: string, note: string): Criterion => ({ code, nameVi, maxPoints: null, confirmed: false, note, items: [] });
const item = (code: string, nameVi: string, maxPoints: number | null, confirmed = true, note: string | null = null): CriterionItem => ({ code, nameVi, maxPoints, confirmed, note });

/** Sets whose whole content is unknown: the title was in use, its criteria text was not seen. */
function unconfirmedSet(s: { code: string; titleCode: string; decision: IssuingDecision; validFromYear: number; validToYear: number | null; validityNote: string; notes?: string[]; sources?: string[] }): CriteriaSet {
  return {
    ...s, validityConfirmed: false, scheme: 'UNCONFIRMED', maxPoints: null,
    criteria: [unknownCriterion('ALL', 'Tiêu chí', 'Criteria, points and recognition threshold UNCONFIRMED: the issuing text was not seen.')],
    gradeBands: [], confirmed: false, notes: s.notes ?? [], sources: s.sources ?? [SCORING_DOC],
  };
}

export const CRITERIA_SETS: readonly CriteriaSet[] = [
  unconfirmedSet({
    code: 'SL_GIA_DINH_HIEU_HOC_2013', titleCode: 'GIA_DINH_HIEU_HOC',
    decision: unconfirmedDecision('Sơn La (UBND tỉnh / Hội Khuyến học tỉnh)', `Movement launched by ${QD354}, II.2.3; Sơn La's own rules for "Gia đình hiếu học" are UNCONFIRMED.`),
    validFromYear: 2012, validToYear: 2015,
    validityNote: 'Modelling assumption: used up to 2015, the target year of II.2.3; QĐ 448/QĐ-KHVN "Gia đình học tập" applies from 2016. Whether Sơn La kept the title after 2015 is UNCONFIRMED.',
    notes: ['Target: over 70% of households recognised by 2015 (II.2.3).'],
  }),
  {
    code: 'KHVN_448_GIA_DINH_HOC_TAP', titleCode: 'GIA_DINH_HOC_TAP', decision: QD448, validFromYear: 2016, validToYear: 2020, validityConfirmed: true,
    validityNote: 'The decision sets criteria for 2016-2020.', scheme: 'POINTS', maxPoints: null,
    criteria: [
      { code: 'TC1', nameVi: 'Học tập của trẻ em trong gia đình', maxPoints: 30, confirmed: true, note: null, items: [
        item('TC1.1', 'Trẻ em trong độ tuổi đi học đều được đến trường, hoàn thành phổ cập giáo dục', 10),
        item('TC1.2', 'Kết quả học tập từ trung bình, hạnh kiểm từ khá trở lên', 10),
        item('TC1.3', 'Ngoan, tham gia hoạt động cộng đồng', 10),
      ] },
      { code: 'TC2', nameVi: 'Học tập của người lớn', maxPoints: 30, confirmed: true, note: null, items: [
        item('TC2.1', 'Người lớn 19-60 tuổi biết chữ từ bậc 1 trở lên', 10),
        item('TC2.2', 'Mỗi người lớn tham gia ít nhất một nội dung học tập mỗi năm', 10),
        item('TC2.3', '(phần còn lại)', 10, false, 'Content cut off in the source; points = group total 30 minus the items read (20).'),
      ] },
      unknownCriterion('TC3+', 'Điều kiện học tập, tác động (các tiêu chí còn lại)', 'Remaining criteria, their points, the total and the recognition threshold are UNCONFIRMED.'),
    ],
    gradeBands: [], confirmed: false,
    notes: ['Total score and recognition threshold UNCONFIRMED: no score is derived for this set.'],
    sources: [SCORING_DOC, 'khuyenhocyenbai.vn (Bộ tiêu chí ... 448)', 'phandien76.violet.vn (copy)'],
  },
  unconfirmedSet({
    code: 'GIA_DINH_HOC_TAP_2021', titleCode: 'GIA_DINH_HOC_TAP',
    decision: unconfirmedDecision('Hội Khuyến học Việt Nam (UNCONFIRMED)', 'Criteria for 2021-2030 under QĐ 387/QĐ-TTg (2022): issuing text not seen.'),
    validFromYear: 2021, validToYear: null, validityNote: 'Modelling assumption: follows QĐ 448/QĐ-KHVN (2016-2020).',
    notes: ['National target QĐ 387/QĐ-TTg: 70% of families by 2025.'],
  }),
  unconfirmedSet({
    code: 'SL_DONG_HO_KHUYEN_HOC_2013', titleCode: 'DONG_HO_KHUYEN_HOC',
    decision: unconfirmedDecision('Sơn La (UBND tỉnh / Hội Khuyến học tỉnh)', `Movement launched by ${QD354}, II.2.3; criteria UNCONFIRMED.`),
    validFromYear: 2012, validToYear: 2015, validityNote: 'Modelling assumption: up to 2015; QĐ 448/QĐ-KHVN "Dòng họ học tập" from 2016.',
  }),
  unconfirmedSet({
    code: 'KHVN_448_DONG_HO_HOC_TAP', titleCode: 'DONG_HO_HOC_TAP', decision: QD448, validFromYear: 2016, validToYear: 2020,
    validityNote: 'The decision sets criteria for 2016-2020; its "Dòng họ học tập" criteria were not read.',
  }),
  unconfirmedSet({
    code: 'DONG_HO_HOC_TAP_2021', titleCode: 'DONG_HO_HOC_TAP',
    decision: unconfirmedDecision('Hội Khuyến học Việt Nam (UNCONFIRMED)', 'Criteria for 2021-2030 under QĐ 387/QĐ-TTg: issuing text not seen.'),
    validFromYear: 2021, validToYear: null, validityNote: 'Modelling assumption: follows QĐ 448/QĐ-KHVN (2016-2020).',
  }),
  unconfirmedSet({
    code: 'SL_CONG_DONG_KHUYEN_HOC_2013', titleCode: 'CONG_DONG_KHUYEN_HOC',
    decision: unconfirmedDecision('Sơn La (UBND tỉnh / Hội Khuyến học tỉnh)', `Movement launched by ${QD354}, II.2.3; criteria UNCONFIRMED.`),
    validFromYear: 2012, validToYear: 2015, validityNote: 'Modelling assumption: up to 2015; QĐ 448/QĐ-KHVN "Cộng đồng học tập" from 2016.',
  }),
  unconfirmedSet({
    code: 'KHVN_448_CONG_DONG_HOC_TAP', titleCode: 'CONG_DONG_HOC_TAP_THON', decision: QD448, validFromYear: 2016, validToYear: 2020,
    validityNote: 'The decision sets criteria for 2016-2020; its "Cộng đồng học tập" (thôn/bản/TDP) criteria were not read.',
  }),
  unconfirmedSet({
    code: 'CONG_DONG_HOC_TAP_THON_2021', titleCode: 'CONG_DONG_HOC_TAP_THON',
    decision: unconfirmedDecision('Hội Khuyến học Việt Nam (UNCONFIRMED)', 'Criteria for 2021-2030 under QĐ 387/QĐ-TTg: issuing text not seen.'),
    validFromYear: 2021, validToYear: null, validityNote: 'Modelling assumption: follows QĐ 448/QĐ-KHVN (2016-2020).',
  }),
  unconfirmedSet({
    code: 'SL_BAN_VH_SK_HT_2013', titleCode: 'BAN_VAN_HOA_SUC_KHOE_HOC_TAP',
    decision: unconfirmedDecision('Sơn La (UBND tỉnh)', `Asked for by ${QD354}, II.2.3; criteria UNCONFIRMED.`),
    validFromYear: 2013, validToYear: null, validityNote: 'Modelling assumption: from the programme year 2013, no end known.',
  }),
  unconfirmedSet({
    code: 'SL_DON_VI_HOC_TAP_2013', titleCode: 'DON_VI_HOC_TAP',
    decision: unconfirmedDecision('Hội Khuyến học tỉnh Sơn La', `${QD354}, V.8: Hội Khuyến học tỉnh assesses and recognises "Đơn vị học tập" yearly; criteria UNCONFIRMED.`),
    validFromYear: 2013, validToYear: 2015, validityNote: 'Modelling assumption: up to 2015; QĐ 448/QĐ-KHVN from 2016.',
  }),
  unconfirmedSet({
    code: 'KHVN_448_DON_VI_HOC_TAP', titleCode: 'DON_VI_HOC_TAP', decision: QD448, validFromYear: 2016, validToYear: 2019,
    validityNote: 'QĐ 448/QĐ-KHVN covers 2016-2020; TT 22/2020/TT-BGDĐT (in force 21/09/2020) is used for 2020 assessments (made in Q1 2021): a modelling assumption.',
  }),
  {
    code: 'TT22_2020', titleCode: 'DON_VI_HOC_TAP',
    decision: { number: 'TT 22/2020/TT-BGDĐT', issuer: 'Bộ Giáo dục và Đào tạo', issuedOn: '2020-08-06', effectiveOn: '2020-09-21', confirmed: true, note: 'Đánh giá, xếp loại "Đơn vị học tập"; self-assessment by Q1 of the next year.' },
    validFromYear: 2020, validToYear: null, validityConfirmed: false,
    validityNote: 'In force 21/09/2020, so used from the 2020 assessment. Whether TT 24/2023/TT-BGDĐT (district/province units, levels 1/2, from 2024) replaces it for all units is UNCONFIRMED.',
    scheme: 'POINTS', maxPoints: 100,
    criteria: [
      { code: 'N1', nameVi: 'Điều kiện xây dựng đơn vị học tập', maxPoints: 30, confirmed: true, note: null, items: [
        item('N1.1', 'Chính sách, kế hoạch học tập', 10),
        item('N1.2', 'Quy định khuyến khích học tập', 10),
        item('N1.3', 'Nguồn lực', 10),
      ] },
      { code: 'N2', nameVi: 'Kết quả học tập của thành viên', maxPoints: 30, confirmed: true, note: null, items: [
        item('N2.1', '100% thành viên có kế hoạch tự học được duyệt', 10),
        item('N2.2', 'Kỷ luật, hợp tác', 5),
        item('N2.3', 'Hoàn thành bồi dưỡng bắt buộc', 10),
        item('N2.4', 'Đạt từ "Lao động tiên tiến" trở lên', 5),
      ] },
      { code: 'N3', nameVi: 'Hiệu quả, tác động', maxPoints: 40, confirmed: true, note: null, items: [
        item('N3.1', '100% thành viên đạt năng lực "Công dân học tập"', 25),
        item('N3.2', '(phần còn lại)', 15, false, 'The remaining 15 points of the group: their split into items is UNCONFIRMED.'),
      ] },
    ],
    gradeBands: [
      { grade: 'TOT', labelVi: 'Tốt', minScore: 85, maxScore: 100, maxInclusive: true, passing: true, confirmed: true, note: null },
      { grade: 'KHA', labelVi: 'Khá', minScore: 70, maxScore: 85, maxInclusive: false, passing: true, confirmed: true, note: null },
      { grade: 'TRUNG_BINH', labelVi: 'Trung bình', minScore: 50, maxScore: 70, maxInclusive: false, passing: true, confirmed: true, note: null },
      { grade: 'CHUA_DAT', labelVi: 'Chưa đạt', minScore: 0, maxScore: 50, maxInclusive: false, passing: false, confirmed: true, note: 'Any score below 50.' },
    ],
    confirmed: false,
    notes: ['Points 30/30/40 and bands confirmed; only the split of the last 15 points of group 3 is UNCONFIRMED, so a total score can be graded.'],
    sources: [SCORING_DOC, 'lawnet.vn …-147154.html', 'lawnet.vn …-147155.html'],
  },
  unconfirmedSet({
    code: 'SL_XA_KHUYEN_HOC_KHUYEN_TAI_2013', titleCode: 'XA_KHUYEN_HOC_KHUYEN_TAI',
    decision: unconfirmedDecision('UBND tỉnh Sơn La (advised by Sở GD&ĐT, V.1)', `Asked for by ${QD354}, II.2.3; criteria UNCONFIRMED.`),
    validFromYear: 2013, validToYear: null, validityNote: 'Modelling assumption: from the programme year 2013, no end known.',
  }),
  {
    code: 'TT44_2014', titleCode: 'CONG_DONG_HOC_TAP_XA',
    decision: { number: 'TT 44/2014/TT-BGDĐT', issuer: 'Bộ Giáo dục và Đào tạo', issuedOn: '2014-12-12', effectiveOn: null, confirmed: true, note: 'Assessed yearly in December by UBND cấp huyện (QĐ 645/QĐ-BGDĐT).' },
    validFromYear: 2015, validToYear: 2023, validityConfirmed: false,
    validityNote: 'Used for 2015-2023; that TT 25/2023 formally replaces it is UNCONFIRMED.',
    scheme: 'POINTS', maxPoints: null,
    criteria: [
      'Sự lãnh đạo, chỉ đạo của cấp ủy Đảng, chính quyền cấp xã',
      'Hoạt động của Ban chỉ đạo xây dựng XHHT cấp xã',
      'Sự tham gia, phối hợp của các ban ngành, đoàn thể, tổ chức trên địa bàn',
      'Mạng lưới và hoạt động của các cơ sở giáo dục, các thiết chế văn hóa',
      'Kết quả phổ cập giáo dục – xóa mù chữ',
      'Công bằng xã hội trong giáo dục',
      'Kết quả học tập, bồi dưỡng thường xuyên của cán bộ, công chức cấp xã',
      'Kết quả học tập thường xuyên của người lao động (từ 15 tuổi trở lên)',
      'Kết quả xây dựng "Gia đình hiếu học"; "Cộng đồng khuyến học/Cộng đồng học tập" thôn, bản, TDP',
      'Thôn/bản/TDP được công nhận "Khu dân cư văn hóa"',
      'Giảm tỷ lệ hộ nghèo',
      'Thực hiện bình đẳng giới',
      'Đảm bảo vệ sinh, môi trường',
      'Chăm sóc sức khỏe cộng đồng',
      'Đảm bảo an ninh trật tự, an toàn xã hội',
    ].map((nameVi, i) => ({ code: `TC${i + 1}`, nameVi, maxPoints: null, confirmed: false, note: 'Points UNCONFIRMED; the split of the press text into 15 criteria is UNCONFIRMED.', items: [] })),
    gradeBands: (['TOT', 'KHA', 'TRUNG_BINH', 'KHONG_DAT'] as const).map((grade) => ({
      grade, labelVi: { TOT: 'Tốt', KHA: 'Khá', TRUNG_BINH: 'Trung bình', KHONG_DAT: 'Không đạt' }[grade], minScore: null, maxScore: null, maxInclusive: false,
      passing: grade !== 'KHONG_DAT', confirmed: false, note: 'Cut-off UNCONFIRMED: a score cannot be graded, the grade is recorded as assessed.',
    })),
    confirmed: false,
    notes: ['15 criteria, point-based; points per criterion, maximum total and band cut-offs UNCONFIRMED (TT 22/2020 bands must not be reused).'],
    sources: [SCORING_DOC, 'giaoducthoidai.vn/15-tieu-chi-danh-gia-xep-loai-cong-dong-hoc-tap-post447535.html'],
  },
  {
    code: 'TT25_2023', titleCode: 'CONG_DONG_HOC_TAP_XA',
    decision: { number: 'TT 25/2023/TT-BGDĐT', issuer: 'Bộ Giáo dục và Đào tạo', issuedOn: '2023-12-27', effectiveOn: '2024-02-12', confirmed: true, note: 'Recognition by levels (mức độ 1 Khá, mức độ 2 Tốt), not points; kept 36 months.' },
    validFromYear: 2024, validToYear: null, validityConfirmed: true, validityNote: 'Criteria apply from 12/02/2024.',
    scheme: 'LEVELS', maxPoints: null,
    criteria: [
      { code: 'TC1', nameVi: 'Lãnh đạo, chỉ đạo của cấp ủy, chính quyền cấp xã', maxPoints: null, confirmed: true, note: 'Level 1 indicators.', items: [
        item('TC1.CT1', 'Tuyên truyền học tập suốt đời', null),
        item('TC1.CT2', 'Chương trình, kế hoạch XHHT hằng năm được thực hiện đầy đủ', null),
        item('TC1.CT3', 'Kế hoạch, hoạt động Tuần lễ hưởng ứng học tập suốt đời, báo cáo', null),
      ] },
      { code: 'TC2', nameVi: 'Huy động nguồn lực, môi trường thuận lợi', maxPoints: null, confirmed: true, note: 'Level 1 indicators.', items: [
        item('TC2.CT1', 'Đủ kinh phí ngân sách nhà nước hằng năm', null),
        item('TC2.CT2', 'Vận động xã hội hóa có kết quả', null),
        item('TC2.CT3', 'Cơ chế phối hợp Hội Khuyến học xã – đoàn thể – cơ sở giáo dục – thiết chế văn hóa', null),
      ] },
      unknownCriterion('TC3', 'Hiệu quả hoạt động … (cut off)', 'Content UNCONFIRMED.'),
      unknownCriterion('TC4', '(UNCONFIRMED)', 'Content UNCONFIRMED.'),
      unknownCriterion('TC5', '(UNCONFIRMED)', 'Content UNCONFIRMED.'),
    ],
    gradeBands: [
      { grade: 'MUC_DO_1', labelVi: 'Mức độ 1 (Khá)', minScore: null, maxScore: null, maxInclusive: false, passing: true, confirmed: true, note: 'Pass rule (Art. 8) UNCONFIRMED.' },
      { grade: 'MUC_DO_2', labelVi: 'Mức độ 2 (Tốt)', minScore: null, maxScore: null, maxInclusive: false, passing: true, confirmed: true, note: 'May be requested at least 12 months after level 1.' },
    ],
    confirmed: false,
    notes: ['5 criteria, 15 indicators (chỉ tiêu); TC3–TC5, level-2 criteria and the pass rule UNCONFIRMED. Not a point score.'],
    sources: [SCORING_DOC, 'hoinhabaobacgiang.vn/17/29695', 'lawnet.vn …-130572.html'],
  },
];

export const titleByCode = (code: string): EmulationTitle | undefined => TITLES.find((t) => t.code === code);
export const criteriaSetByCode = (code: string): CriteriaSet | undefined => CRITERIA_SETS.find((s) => s.code === code);
export const criteriaSetsOf = (titleCode: string): CriteriaSet[] => CRITERIA_SETS.filter((s) => s.titleCode === titleCode);

export const coversYear = (s: CriteriaSet, year: number): boolean => s.validFromYear <= year && (s.validToYear === null || year <= s.validToYear);

/** The criteria set a title was assessed under in a data year, or undefined when the title was not in use. */
export function criteriaSetFor(titleCode: string, year: number): CriteriaSet | undefined {
  return CRITERIA_SETS.find((s) => s.titleCode === titleCode && coversYear(s, year));
}

/** Titles counted towards an indicator, and the one in use in a year (their validity never overlaps). */
export const titlesOfIndicator = (code: AwardsIndicatorCode): EmulationTitle[] => TITLES.filter((t) => t.indicatorCode === code);
export function titleInUse(code: AwardsIndicatorCode, year: number): { title: EmulationTitle; set: CriteriaSet } | undefined {
  for (const title of titlesOfIndicator(code)) {
    const set = criteriaSetFor(title.code, year);
    if (set) return { title, set };
  }
  return undefined;
}

/** The band a score falls in, for schemes with known cut-offs; undefined when the scheme cannot grade scores. */
export function gradeOfScore(set: CriteriaSet, score: number): GradeBand | undefined {
  if (set.scheme !== 'POINTS' || set.maxPoints === null) return undefined;
  return set.gradeBands.find((b) => b.minScore !== null && b.maxScore !== null && score >= b.minScore && (b.maxInclusive ? score <= b.maxScore : score < b.maxScore));
}
