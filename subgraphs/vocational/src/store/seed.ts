import type { DataSource } from 'typeorm';
import type { ProviderKind } from '../datasets/reference-lists';
import { SYNTHETIC_LABEL, between, bulkWrite, clamp, difficulty, intBetween, nowIso, refreshFacts, rng, writeTransaction, yearEnd, type AdminUnit, type AdminUnits, type Logger } from '@lsp/shared';
import { vocationalFacts } from '../indicators/facts';
import { LabourForceEntity, type LabourForceRow as StoredLabourForceRow } from './labour-force';
import { ProviderEntity, ProviderRepository, type ProviderRow as StoredProviderRow } from './training-provider';
import { CourseEntity, EnrolmentEntity, type CourseRow as StoredCourseRow, type EnrolmentRow as StoredEnrolmentRow } from './vocational-course';

/** Generated rows: updatedAt is set when they are written. */
type ProviderRow = Omit<StoredProviderRow, 'updatedAt'>;
type CourseRow = Omit<StoredCourseRow, 'updatedAt'>;
type EnrolmentRow = Omit<StoredEnrolmentRow, 'updatedAt'>;
type LabourForceRow = Omit<StoredLabourForceRow, 'updatedAt'>;

export const SEED_FIRST_YEAR = 2012;
export const SEED_LAST_YEAR = 2024;

/**
 * SYNTHETIC demo data (deterministic): providers per district, courses per provider and year, enrolments of every
 * reporting commune of every year, and labour-force figures per reporting commune and year, 2012–2024. Shares
 * rise towards the 2015 targets of QĐ 354/QĐ-UBND II.2.2 (85% / 40% / 70%) and keep rising slowly after,
 * lower in difficult (synthetic area-class) communes.
 */
const OCCUPATIONS = {
  rural: ['Trồng cà phê', 'Trồng cây ăn quả', 'Chăn nuôi gia súc, gia cầm', 'Thú y', 'Trồng rau an toàn', 'Nuôi cá lồng', 'Trồng và chăm sóc rừng', 'Chế biến nông sản', 'Mây tre đan', 'Dệt thổ cẩm'],
  trade: ['May công nghiệp', 'Điện dân dụng', 'Sửa chữa máy nông nghiệp', 'Hàn', 'Kỹ thuật xây dựng', 'Tin học văn phòng', 'Hướng dẫn du lịch cộng đồng', 'Nấu ăn', 'Lái xe'],
} as const;

/** Weighted ethnic composition drawn per commune (synthetic, roughly Sơn La's: Thái majority, then Mông, Kinh...). */
const ETHNIC_WEIGHTS: Array<[string, number]> = [['Thái', 0.52], ['Mông', 0.16], ['Kinh', 0.16], ['Mường', 0.08], ['Dao', 0.03], ['Khơ Mú', 0.02], ['Xinh Mun', 0.01], ['La Ha', 0.01], ['Kháng', 0.01]];
const pick = <T>(r: () => number, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
function weighted(r: () => number): string {
  let x = r();
  for (const [name, w] of ETHNIC_WEIGHTS) {
    if (x < w) return name;
    x -= w;
  }
  return 'Thái';
}

interface ProviderPlan { kind: ProviderKind; label: string; courses: [number, number] }
const PLAN: ProviderPlan[] = [
  { kind: 'CONTINUING_EDUCATION_CENTRE', label: 'Trung tâm GDTX', courses: [2, 4] },
  { kind: 'VOCATIONAL_CENTRE', label: 'Trung tâm dạy nghề', courses: [3, 5] },
  { kind: 'ENTERPRISE', label: 'Doanh nghiệp dạy nghề', courses: [1, 2] },
  { kind: 'COOPERATIVE', label: 'Hợp tác xã dạy nghề', courses: [1, 1] },
];

export function syntheticProviders(units: AdminUnits): ProviderRow[] {
  const rows: ProviderRow[] = [];
  for (const d of units.allDistricts()) {
    PLAN.forEach((p, i) => {
      // Small, difficult districts do not all have an enterprise or cooperative that trains.
      if (i >= 2 && rng(`prov:${d.code}:${p.kind}`)() < 0.3) return;
      rows.push({ code: `P${d.code}-${String(i + 1).padStart(2, '0')}`, name: `${p.label} ${d.name} (SYNTHETIC)`, kind: p.kind, districtCode: d.code, synthetic: true, source: SYNTHETIC_LABEL });
    });
  }
  const city = units.district('116') ?? units.allDistricts()[0];
  rows.push({ code: 'P14-01', name: 'Trường cao đẳng nghề tỉnh (SYNTHETIC)', kind: 'VOCATIONAL_SCHOOL', districtCode: city.code, synthetic: true, source: SYNTHETIC_LABEL });
  return rows;
}

function syntheticCourses(providers: ProviderRow[], year: number): CourseRow[] {
  const rows: CourseRow[] = [];
  for (const p of providers) {
    const r = rng(`courses:${p.code}:${year}`);
    const plan = PLAN.find((x) => x.kind === p.kind);
    const n = plan ? intBetween(r, plan.courses[0], plan.courses[1]) : intBetween(r, 4, 6);
    for (let i = 1; i <= n; i++) {
      const school = p.kind === 'VOCATIONAL_SCHOOL';
      const level = school ? (r() < 0.5 ? 'INTERMEDIATE' : 'COLLEGE') : p.kind === 'ENTERPRISE' ? 'ELEMENTARY' : r() < 0.75 ? 'UNDER_3_MONTHS' : 'ELEMENTARY';
      const rural = !school && r() < 0.8;
      rows.push({
        code: `${year}-${p.code}-${String(i).padStart(2, '0')}`, providerCode: p.code,
        occupation: pick(r, rural ? OCCUPATIONS.rural : OCCUPATIONS.trade), level, ruralLabourProgramme: rural, year,
        synthetic: true, source: SYNTHETIC_LABEL,
      });
    }
  }
  return rows;
}

/** Progress towards the 2015 targets: 0 in 2012, 1 in 2015, then a slow further rise. */
const progress = (year: number) => clamp((year - 2012) / 3, 0, 1) + 0.03 * Math.max(0, year - 2015);

function syntheticLabour(unit: AdminUnit, year: number): LabourForceRow {
  const d = difficulty(unit.code, unit.type);
  const base = rng(`lf:${unit.code}:${unit.validFrom ?? ''}`);
  const size = unit.type === 'Phường' ? between(base, 6000, 11000) : unit.type === 'Thị trấn' ? between(base, 4000, 8000) : between(base, 1800, 5500);
  const workingAgePopulation = Math.round(size * (1 - 0.25 * d) * 1.015 ** (year - SEED_FIRST_YEAR));
  const agriShare = unit.type === 'Phường' ? between(base, 0.08, 0.25) : unit.type === 'Thị trấn' ? between(base, 0.3, 0.5) : between(base, 0.7, 0.92);
  const r = rng(`lf:${unit.code}:${unit.validFrom ?? ''}:${year}`);
  const p = progress(year);
  const noise = () => between(r, -0.04, 0.04);
  // Districts move at their own pace: a fixed offset per district (synthetic).
  const pace = between(rng(`pace:${unit.parentCode ?? ''}`), -0.07, 0.07);
  const accessShare = clamp(0.5 + 0.38 * p - 0.15 * d + pace + noise(), 0.2, 0.98);
  const trainedShare = clamp(0.2 + 0.22 * p - 0.12 * d + pace + noise(), 0.05, 0.8);
  const techShare = clamp(0.38 + 0.36 * p - 0.15 * d + pace + noise(), 0.15, 0.95);
  const agriculturalWorkers = Math.round(workingAgePopulation * agriShare);
  const tech = Math.round(workingAgePopulation * techShare);
  const tourismShare = unit.type === 'Xã' ? between(r, 0.02, 0.08) : between(r, 0.08, 0.2);
  return {
    communeCode: unit.code, year, workingAgePopulation, agriculturalWorkers,
    vocationallyTrainedWorkers: Math.round(workingAgePopulation * trainedShare),
    agriculturalWorkersTrainingAccess: Math.round(agriculturalWorkers * accessShare),
    technologyTransferWorkers: tech,
    technologyTransferAgriculture: Math.round(tech * between(r, 0.5, 0.8)),
    technologyTransferForestry: Math.round(tech * between(r, 0.15, 0.4)),
    technologyTransferTourism: Math.round(tech * tourismShare),
    technologyTransferProcessing: Math.round(tech * between(r, 0.05, 0.2)),
    synthetic: true, source: SYNTHETIC_LABEL,
  };
}

/** Each commune sends trainees to 1–3 courses of its district's providers (sometimes the provincial school). */
function syntheticEnrolments(unit: AdminUnit, year: number, districtCourses: CourseRow[], schoolCourses: CourseRow[]): EnrolmentRow[] {
  const r = rng(`enr:${unit.code}:${unit.validFrom ?? ''}:${year}`);
  const d = difficulty(unit.code, unit.type);
  const pool = [...districtCourses, ...(r() < 0.3 ? schoolCourses : [])];
  const chosen = new Set<CourseRow>();
  const n = Math.min(pool.length, intBetween(r, 1, 3));
  while (chosen.size < n) chosen.add(pick(r, pool));
  const main = weighted(rng(`eth:${unit.code}`));
  const second = weighted(rng(`eth2:${unit.code}`));
  const rows: EnrolmentRow[] = [];
  for (const c of chosen) {
    const total = Math.round(intBetween(r, 15, 45) * (1 - 0.3 * d) * (0.8 + 0.4 * Math.min(1, progress(year))));
    const female = Math.round(total * between(r, 0.35, 0.55));
    const groups = second !== main && r() < 0.4 ? [[main, 0.7], [second, 0.3]] as const : [[main, 1]] as const;
    for (const [sex, persons] of [['MALE', total - female], ['FEMALE', female]] as const) {
      for (const [ethnicGroup, share] of groups) {
        const enrolled = Math.round(persons * share);
        if (enrolled <= 0) continue;
        rows.push({
          courseCode: c.code, communeCode: unit.code, sex, ethnicGroup, year, enrolled,
          graduated: Math.round(enrolled * between(r, 0.8, 0.97)), synthetic: true, source: SYNTHETIC_LABEL,
        });
      }
    }
  }
  return rows;
}

export function syntheticVocationalData(units: AdminUnits, firstYear = SEED_FIRST_YEAR, lastYear = SEED_LAST_YEAR) {
  const providers = syntheticProviders(units);
  const courses: CourseRow[] = [];
  const enrolments: EnrolmentRow[] = [];
  const labourForce: LabourForceRow[] = [];
  const providerDistrict = new Map(providers.map((p) => [p.code, p]));
  for (let year = firstYear; year <= lastYear; year++) {
    // Year-true: only providers of a district that reports this year run courses (Vân Hồ, 128, was formed on
    // 10/06/2013, so its providers start in 2013), and a commune trains with the district it belonged to on
    // 31 December (Vân Hồ's communes were Mộc Châu's, 123, in 2012).
    const districts = new Set(units.reportingDistricts(year).map((d) => d.code));
    const yearCourses = syntheticCourses(providers.filter((p) => p.kind === 'VOCATIONAL_SCHOOL' || districts.has(p.districtCode)), year);
    courses.push(...yearCourses);
    const byDistrict = new Map<string, CourseRow[]>();
    const school: CourseRow[] = [];
    for (const c of yearCourses) {
      const p = providerDistrict.get(c.providerCode)!;
      if (p.kind === 'VOCATIONAL_SCHOOL') school.push(c);
      else byDistrict.set(p.districtCode, [...(byDistrict.get(p.districtCode) ?? []), c]);
    }
    for (const unit of units.reportingCommunes(year)) {
      labourForce.push(syntheticLabour(unit, year));
      enrolments.push(...syntheticEnrolments(unit, year, byDistrict.get(units.parentOn(unit, yearEnd(year)) ?? '') ?? school, school));
    }
  }
  return { providers, courses, enrolments, labourForce };
}

/** Seeds an empty database only (idempotent): one transaction, the kit's bulk write, its indicator facts included. */
export async function seedVocational(db: DataSource, log: Logger, units: AdminUnits): Promise<void> {
  if ((await new ProviderRepository(db).count()) > 0) return;
  const data = syntheticVocationalData(units);
  log.info({ providers: data.providers.length, courses: data.courses.length, enrolments: data.enrolments.length, labourForce: data.labourForce.length }, 'seeding SYNTHETIC vocational data');
  const updatedAt = nowIso();
  const stamped = <T extends object>(rows: T[]) => rows.map((r) => ({ ...r, updatedAt }));
  await writeTransaction(db, async (m) => {
    await bulkWrite(m, ProviderEntity, stamped(data.providers));
    await bulkWrite(m, CourseEntity, stamped(data.courses));
    await bulkWrite(m, EnrolmentEntity, stamped(data.enrolments));
    await bulkWrite(m, LabourForceEntity, stamped(data.labourForce));
    await refreshFacts(m, vocationalFacts, await vocationalFacts.units(m));
  });
}
