import type { Department } from './identity';

/**
 * The indicator catalogue: every indicator a department publishes in its uniform indicator list
 * (`<department>Indicators` on CommuneYear, DistrictYear, ProvinceYear). Targets and the learning-society
 * score are computed over these lists, so a new indicator is a new entry here and in its department.
 * `clause` is the clause of QĐ 354/QĐ-UBND (2013) the indicator measures, where it has one.
 */
export type IndicatorUnit = 'percent' | 'per_1000' | 'count';

export type CountedUnit = 'CHILDREN' | 'ADULTS' | 'WORKERS' | 'CADRES' | 'HOUSEHOLDS' | 'CLANS' | 'VILLAGES' | 'CENTRES' | 'COMMITTEES' | 'UNITS' | 'ENROLMENTS' | 'BOOKS';

export interface IndicatorDefinition {
  code: string;
  department: Department;
  label: string;
  labelVi: string;
  unit: IndicatorUnit;
  clause: string | null;
  /**
   * What one unit of the numerator is, in the words of a target's shortfall ("how many are still missing"):
   * children, adults (people of 15 and over: the literacy targets), workers, cadres, households, clans, villages,
   * centres, committees (V.11), units (V.8), enrolments (per-1000 indicator, no target).
   */
  counts: CountedUnit;
  /** What the numerator and denominator count. */
  numerator: string;
  denominator: string;
}

const def = (d: IndicatorDefinition) => d;

export const INDICATORS: readonly IndicatorDefinition[] = [
  // education (Sở GD&ĐT) — II.2.1, II.2.2 (literacy), V.11 (steering committees)
  def({ code: 'EDU_NURSERY_UNDER3', counts: 'CHILDREN', department: 'education', label: 'Children under 3 in nursery groups', labelVi: 'Tỷ lệ trẻ dưới 3 tuổi đến nhà nhóm trẻ', unit: 'percent', clause: 'II.2.1', numerator: 'children under 3 in nursery groups', denominator: 'children under 3' }),
  def({ code: 'EDU_NURSERY_NONPUBLIC', counts: 'CHILDREN', department: 'education', label: 'Nursery children in non-public groups', labelVi: 'Trong đó ngoài công lập (nhà trẻ)', unit: 'percent', clause: 'II.2.1', numerator: 'nursery children in non-public groups', denominator: 'children under 3 in nursery groups' }),
  def({ code: 'EDU_KINDERGARTEN_3_5', counts: 'CHILDREN', department: 'education', label: 'Children 3–5 in kindergarten', labelVi: 'Tỷ lệ trẻ 3-5 tuổi đến lớp mẫu giáo', unit: 'percent', clause: 'II.2.1', numerator: 'children 3–5 in kindergarten', denominator: 'children 3–5' }),
  def({ code: 'EDU_KINDERGARTEN_3_4', counts: 'CHILDREN', department: 'education', label: 'Children 3 to under 5 in kindergarten', labelVi: 'Tỷ lệ trẻ từ 3 đến dưới 5 tuổi đến lớp mẫu giáo', unit: 'percent', clause: 'II.2.1', numerator: 'children 3–4 in kindergarten', denominator: 'children 3–4' }),
  def({ code: 'EDU_KINDERGARTEN_NONPUBLIC', counts: 'CHILDREN', department: 'education', label: 'Kindergarten children in non-public classes', labelVi: 'Trong đó ngoài công lập (mẫu giáo)', unit: 'percent', clause: 'II.2.1', numerator: 'kindergarten children 3–5 in non-public classes', denominator: 'children 3–5 in kindergarten' }),
  def({ code: 'EDU_KINDERGARTEN_AGE5', counts: 'CHILDREN', department: 'education', label: 'Five-year-olds in kindergarten', labelVi: 'Tỷ lệ trẻ 5 tuổi đến lớp mẫu giáo', unit: 'percent', clause: 'II.2.1', numerator: 'five-year-olds in kindergarten', denominator: 'five-year-olds' }),
  def({ code: 'EDU_GRADE1_AGE6', counts: 'CHILDREN', department: 'education', label: 'Six-year-olds entering grade 1', labelVi: 'Tỷ lệ trẻ 6 tuổi vào lớp 1', unit: 'percent', clause: 'II.2.1', numerator: 'six-year-olds entering grade 1', denominator: 'six-year-olds' }),
  def({ code: 'EDU_FLEXIBLE_6_10', counts: 'CHILDREN', department: 'education', label: 'Out-of-school children 6–10 in flexible programmes', labelVi: 'Trẻ 6-10 tuổi có hoàn cảnh khó khăn học chương trình linh hoạt', unit: 'percent', clause: 'II.2.1', numerator: 'children 6–10 in flexible programmes', denominator: 'children 6–10 in difficult circumstances outside regular schools' }),
  def({ code: 'EDU_FLEXIBLE_11_14', counts: 'CHILDREN', department: 'education', label: 'Out-of-school children 11–14 in flexible programmes', labelVi: 'Trẻ 11-14 tuổi có hoàn cảnh khó khăn học chương trình linh hoạt', unit: 'percent', clause: 'II.2.1', numerator: 'children 11–14 in flexible programmes', denominator: 'children 11–14 in difficult circumstances outside regular schools' }),
  def({ code: 'EDU_LITERACY_15_35', counts: 'ADULTS', department: 'education', label: 'Literate people aged 15–35', labelVi: 'Tỷ lệ người biết chữ 15-35 tuổi', unit: 'percent', clause: 'II.2.2', numerator: 'literate people 15–35', denominator: 'people 15–35' }),
  def({ code: 'EDU_ILLITERACY_WORKING_AGE', counts: 'ADULTS', department: 'education', label: 'Illiterate people of working age', labelVi: 'Tỷ lệ người mù chữ trong độ tuổi lao động', unit: 'percent', clause: 'II.2.2', numerator: 'illiterate people of working age', denominator: 'people of working age' }),
  def({ code: 'EDU_CEC_ALSO_VOCATIONAL', counts: 'CENTRES', department: 'education', label: 'District continuing-education centres also running vocational training', labelVi: 'Trung tâm GDTX vừa thực hiện GDTX vừa liên kết đào tạo nghề, TCCN', unit: 'percent', clause: 'II.2.1', numerator: 'centres also running vocational/professional training', denominator: 'district continuing-education centres' }),
  def({ code: 'EDU_DISTRICT_COMMITTEE_ON_TIME', counts: 'COMMITTEES', department: 'education', label: 'District steering committees established before 5/2013', labelVi: 'Ban Chỉ đạo xây dựng XHHT cấp huyện thành lập trước tháng 5/2013', unit: 'percent', clause: 'V.11', numerator: 'districts whose steering committee was established on or before 30/04/2013', denominator: 'districts existing on 30/04/2013' }),
  def({ code: 'EDU_COMMUNE_COMMITTEE_ON_TIME', counts: 'COMMITTEES', department: 'education', label: 'Commune steering committees established before 7/2013', labelVi: 'Ban Chỉ đạo xây dựng XHHT cấp xã thành lập trước tháng 7/2013', unit: 'percent', clause: 'V.11', numerator: 'communes whose steering committee was established on or before 30/06/2013', denominator: 'communes existing on 30/06/2013' }),
  // vocational (Sở LĐ-TB&XH, Sở NN&PTNT) — II.2.2 "Đối với người lao động"
  def({ code: 'VOC_AGRI_TRAINING_ACCESS', counts: 'WORKERS', department: 'vocational', label: 'Agricultural workers who accessed a training programme', labelVi: 'Người lao động nông, lâm, ngư nghiệp được tiếp cận chương trình bồi dưỡng', unit: 'percent', clause: 'II.2.2', numerator: 'agriculture/forestry/fishery workers who accessed a training programme', denominator: 'agriculture/forestry/fishery workers' }),
  def({ code: 'VOC_WORKERS_TRAINED', counts: 'WORKERS', department: 'vocational', label: 'Workers with vocational training', labelVi: 'Người lao động được đào tạo nghề', unit: 'percent', clause: 'II.2.2', numerator: 'workers with vocational training', denominator: 'working-age population' }),
  def({ code: 'VOC_TECH_TRANSFER', counts: 'WORKERS', department: 'vocational', label: 'Workers who received technology transfer', labelVi: 'Người lao động được chuyển giao kỹ thuật sản xuất', unit: 'percent', clause: 'II.2.2', numerator: 'workers who received technology transfer (agriculture, forestry, tourism, processing)', denominator: 'working-age population' }),
  def({ code: 'VOC_TRAINEES_PER_1000', counts: 'ENROLMENTS', department: 'vocational', label: 'Vocational trainees per 1,000 working-age people', labelVi: 'Học viên học nghề trên 1.000 người trong độ tuổi lao động', unit: 'per_1000', clause: null, numerator: 'course enrolments', denominator: 'working-age population' }),
  // workforce (Sở Nội vụ) — II.2.2 cadres
  def({ code: 'WF_VILLAGE_LEADERS_LOWER_SECONDARY', counts: 'CADRES', department: 'workforce', label: 'Party cell secretaries and village heads (highland, border, extremely difficult areas) with lower-secondary education', labelVi: 'Bí thư chi bộ, trưởng bản vùng cao, biên giới, ĐBKK hoàn thành bổ túc THCS', unit: 'percent', clause: 'II.2.2', numerator: 'with lower secondary or more', denominator: 'party cell secretaries and village heads in those areas' }),
  def({ code: 'WF_VILLAGE_LEADERS_MANAGEMENT_POLITICAL', counts: 'CADRES', department: 'workforce', label: 'Party cell secretaries and village heads with management training and elementary political theory', labelVi: 'Bí thư chi bộ, trưởng bản được bồi dưỡng kiến thức quản lý và có trình độ sơ cấp LLCT', unit: 'percent', clause: 'II.2.2', numerator: 'with management training and elementary political theory or more', denominator: 'party cell secretaries and village heads in those areas' }),
  def({ code: 'WF_KEY_CADRES_LOWER_SECONDARY', counts: 'CADRES', department: 'workforce', label: 'Commune key cadres with lower secondary or more', labelVi: 'Cán bộ chủ chốt xã có trình độ văn hóa từ THCS trở lên', unit: 'percent', clause: 'II.2.2', numerator: 'key cadres with lower secondary or more', denominator: 'commune key cadres' }),
  def({ code: 'WF_KEY_CADRES_UPPER_SECONDARY', counts: 'CADRES', department: 'workforce', label: 'Commune key cadres with upper secondary', labelVi: 'Cán bộ chủ chốt xã có trình độ THPT', unit: 'percent', clause: 'II.2.2', numerator: 'key cadres with upper secondary', denominator: 'commune key cadres' }),
  def({ code: 'WF_KEY_CADRES_COLLEGE', counts: 'CADRES', department: 'workforce', label: 'Commune key cadres with college or more', labelVi: 'Cán bộ chủ chốt xã có trình độ chuyên môn từ cao đẳng trở lên', unit: 'percent', clause: 'II.2.2', numerator: 'key cadres with a college degree or more', denominator: 'commune key cadres' }),
  def({ code: 'WF_CADRES_ETHNIC_LANGUAGE', counts: 'CADRES', department: 'workforce', label: 'Cadres in ethnic-minority areas who know the local ethnic language', labelVi: 'Cán bộ ở vùng dân tộc biết tiếng dân tộc ở vùng công tác', unit: 'percent', clause: 'II.2.2', numerator: 'cadres who know the local ethnic language', denominator: 'cadres posted in ethnic-minority areas' }),
  def({ code: 'WF_CIVIL_SERVANTS_STANDARD', counts: 'CADRES', department: 'workforce', label: 'District and provincial civil servants meeting their position standards', labelVi: 'Cán bộ, công chức, viên chức đảm bảo trình độ theo tiêu chuẩn', unit: 'percent', clause: 'II.2.2', numerator: 'civil servants meeting the position standards', denominator: 'district and provincial civil servants' }),
  // awards (Ban TĐ-KT, Hội Khuyến học) — II.2.3
  def({ code: 'AW_STUDIOUS_FAMILIES', counts: 'HOUSEHOLDS', department: 'awards', label: 'Households recognised as studious families', labelVi: 'Hộ gia đình được công nhận gia đình hiếu học', unit: 'percent', clause: 'II.2.3', numerator: 'households recognised', denominator: 'households' }),
  def({ code: 'AW_LEARNING_CLANS', counts: 'CLANS', department: 'awards', label: 'Clans recognised as learning-promoting clans', labelVi: 'Dòng họ được công nhận dòng họ khuyến học/học tập', unit: 'percent', clause: 'II.2.3', numerator: 'clans recognised', denominator: 'clans' }),
  def({ code: 'AW_LEARNING_VILLAGES', counts: 'VILLAGES', department: 'awards', label: 'Villages and residential groups recognised as learning communities', labelVi: 'Thôn, bản, tổ dân phố được công nhận cộng đồng khuyến học/học tập', unit: 'percent', clause: 'II.2.3', numerator: 'villages recognised', denominator: 'villages and residential groups' }),
  def({ code: 'AW_LEARNING_UNITS', counts: 'UNITS', department: 'awards', label: 'Units recognised as learning units', labelVi: 'Đơn vị được công nhận đơn vị học tập', unit: 'percent', clause: 'V.8', numerator: 'units recognised', denominator: 'units assessed' }),
  // culture (Sở VHTT&DL) — IV.2, V.6: book cabinets of every person, family, agency and unit
  def({ code: 'CU_HOUSEHOLD_BOOK_CABINETS', counts: 'HOUSEHOLDS', department: 'culture', label: 'Households with a book cabinet, per 100 households', labelVi: 'Hộ gia đình có tủ sách (trên 100 hộ)', unit: 'percent', clause: 'IV.2', numerator: 'households with a book cabinet', denominator: 'households' }),
  def({ code: 'CU_BOOKS_PER_PERSON', counts: 'BOOKS', department: 'culture', label: 'Books in book cabinets and public libraries per person', labelVi: 'Số sách trong tủ sách và thư viện bình quân đầu người', unit: 'count', clause: 'V.6', numerator: 'books in the book cabinets of households, agencies and units, CLCs, and in public libraries and reading rooms', denominator: 'people' }),
];

export const indicatorByCode = (code: string): IndicatorDefinition | undefined => INDICATORS.find((i) => i.code === code);
export const indicatorsOf = (department: Department): IndicatorDefinition[] => INDICATORS.filter((i) => i.department === department);

/**
 * Where a number comes from: rows written by the synthetic demo generator (SYNTHETIC), rows written by an import
 * or a mutation (IMPORTED), or a roll-up over both (MIXED).
 */
export type Provenance = 'SYNTHETIC' | 'IMPORTED' | 'MIXED';
export const PROVENANCES: readonly Provenance[] = ['SYNTHETIC', 'IMPORTED', 'MIXED'];

/** The provenance of one stored row, from its synthetic flag. */
export const rowProvenance = (synthetic: boolean): Provenance => (synthetic ? 'SYNTHETIC' : 'IMPORTED');

/** The provenance of a figure made of several parts: the common one, MIXED when they differ, null when none has any. */
export function combineProvenance(parts: Array<Provenance | null | undefined>): Provenance | null {
  // One pass, no intermediate sets or arrays: called for every indicator of every unit of a national ranking.
  let first: Provenance | null = null;
  for (const p of parts) {
    if (!p) continue;
    if (p === 'MIXED') return 'MIXED';
    if (first === null) first = p;
    else if (p !== first) return 'MIXED';
  }
  return first;
}

/** One entry of a department's uniform indicator list. */
export interface IndicatorValue {
  code: string;
  numerator: number | null;
  denominator: number | null;
  value: number | null;
  unit: IndicatorUnit;
  /** Reporting units with data / reporting units expected, for roll-ups and merged communes. */
  unitsReporting: number;
  unitsExpected: number;
  /** Value of the same indicator one year earlier over the same territory (see withPreviousYear). */
  previousValue?: number | null;
  /** Where the rows behind the figure come from; null without data. */
  provenance: Provenance | null;
}

/**
 * Adds previousValue to an indicator list: computes the list for the year before as well and pairs them by
 * code. Both computations run in the same tick, so a per-request loader fetches both years in one statement.
 */
export async function withPreviousYear<R extends { year: number }>(
  ref: R,
  compute: (ref: R) => Promise<IndicatorValue[]>,
): Promise<IndicatorValue[]> {
  const [current, previous] = await Promise.all([compute(ref), compute({ ...ref, year: ref.year - 1 })]);
  const before = new Map(previous.map((i) => [i.code, i.value]));
  return current.map((i) => ({ ...i, previousValue: before.get(i.code) ?? null }));
}

export interface RatioPart {
  numerator: number;
  denominator: number;
  /** Where the row(s) of this part come from: every department says, so the figure can say it too. */
  provenance: Provenance;
}

const SCALE: Record<IndicatorUnit, number> = { percent: 100, per_1000: 1000, count: 1 };

/**
 * Ratio of sums over the reporting units that have data: sum the numerators, sum the denominators, divide.
 * Never a mean of rates. A unit without data is not read as zero: it lowers unitsReporting, and with no
 * data at all the value is null (missing).
 */
export function rollUpRatio(code: string, parts: Array<RatioPart | null | undefined>, unitsExpected = parts.length): IndicatorValue {
  const def = indicatorByCode(code);
  if (!def) throw new Error(`Unknown indicator ${code}: add it to shared/src/indicators.ts`);
  // One pass over the parts (sums, count, provenance), no intermediate arrays: this runs for every indicator of
  // every unit of a national ranking. Same sums in the same order as the reduce it replaces.
  let reporting = 0;
  let numerator = 0;
  let denominator = 0;
  let provenance: Provenance | null = null;
  let mixed = false;
  for (const p of parts) {
    if (!p) continue;
    reporting += 1;
    numerator += p.numerator;
    denominator += p.denominator;
    if (!p.provenance || mixed) continue;
    if (p.provenance === 'MIXED' || (provenance !== null && p.provenance !== provenance)) mixed = true;
    else provenance = p.provenance;
  }
  if (reporting === 0) {
    return { code, numerator: null, denominator: null, value: null, unit: def.unit, unitsReporting: 0, unitsExpected, provenance: null };
  }
  const value = denominator > 0 ? Math.round((numerator / denominator) * SCALE[def.unit] * 100) / 100 : null;
  return { code, numerator, denominator, value, unit: def.unit, unitsReporting: reporting, unitsExpected, provenance: mixed ? 'MIXED' : provenance };
}

/** The SDL of the uniform list entry; every department declares it identically (@shareable value type). */
export const INDICATOR_VALUE_SDL = `"""
One indicator of a department's uniform list on a year entity. value = numerator / denominator, scaled by
unit (percent: ×100, per_1000: ×1000), a ratio of sums for roll-ups. null value = no data (never read as zero).
SYNTHETIC in the demo databases: seeded figures are generated demo data, not official statistics (each figure's provenance or source says which).
"""
type IndicatorValue @shareable {
  "Indicator code from the platform's catalogue (shared/src/indicators.ts)."
  code: String!
  numerator: Float
  denominator: Float
  value: Float
  "percent, per_1000 or count."
  unit: String!
  "Reporting units (communes) with data for this figure."
  unitsReporting: Int!
  "Reporting units the figure should cover."
  unitsExpected: Int!
  "Value one year earlier over the same territory (null = no data)."
  previousValue: Float
  "Where the rows behind the figure come from: SYNTHETIC demo data, IMPORTED (written by an import or mutation), or MIXED; null without data."
  provenance: Provenance
}

"Where a figure's rows come from."
enum Provenance {
  "Written by the deterministic demo generator: SYNTHETIC, not official statistics."
  SYNTHETIC
  "Written by a department's import or mutation."
  IMPORTED
  "A roll-up over both synthetic and imported rows."
  MIXED
}`;
