import type { DataSource } from 'typeorm';
import { SYNTHETIC_LABEL, between, bulkWrite, refreshFacts, clamp, difficulty, intBetween, nowIso, rng, writeTransaction, type AdminUnit, type AdminUnits, type Logger } from '@lsp/shared';
import { levelRank, type Position, type QualificationKind } from '../datasets/reference-lists';
import { recomputeMilestones } from './milestones';
import { workforceFacts } from '../indicators/facts';
import { PersonEntity, type PersonRow } from './person';
import { PositionStandardEntity, type PositionStandardRow } from './position-standard';
import { PostingEntity, type PostingRow } from './posting';
import { QualificationEntity, type QualificationRow } from './qualification';
import { TrainingRecordEntity, type TrainingRecordRow } from './training-record';

export const SEED_FIRST_YEAR = 2012;
export const SEED_LAST_YEAR = 2024;
/** Start of the postings of the seeded roster (the commune term before the seed's first data year). */
const ROSTER_START = '2011-07-01';
/** Commune terms change after the elections of 2016 and 2021: some seats change holder then. */
const TERM_CHANGES = ['2016-07-01', '2021-07-01'];

/**
 * Standards the seed assesses district and provincial civil servants against. SYNTHETIC demo standards: the
 * official rank standards (tiêu chuẩn ngạch công chức) are UNCONFIRMED here; an editor replaces them with
 * setPositionStandard. Ranks as in the qualification catalogue (e.g. professional 4 = UNIVERSITY).
 */
export const DEMO_STANDARD_SOURCE = 'SYNTHETIC demo standard: the official rank standards (tiêu chuẩn ngạch) are UNCONFIRMED; replace with setPositionStandard';
export const DEMO_STANDARDS: Array<Omit<PositionStandardRow, 'updatedAt'>> = [
  { position: 'DISTRICT_CIVIL_SERVANT', minGeneralEducation: 3, minProfessional: 4, minPoliticalTheory: 1, requiresManagement: false, requiresIt: true, requiresForeignLanguage: true, source: DEMO_STANDARD_SOURCE },
  { position: 'PROVINCIAL_CIVIL_SERVANT', minGeneralEducation: 3, minProfessional: 4, minPoliticalTheory: 2, requiresManagement: false, requiresIt: true, requiresForeignLanguage: true, source: DEMO_STANDARD_SOURCE },
];

const FAMILY = ['Lò', 'Cầm', 'Quàng', 'Lường', 'Vì', 'Hà', 'Tòng', 'Sùng', 'Giàng', 'Mùa', 'Thào', 'Đinh', 'Bạc', 'Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng'];
const MIDDLE = ['Văn', 'Thị', 'A', 'Đức', 'Minh', 'Thanh', 'Xuân'];
const GIVEN = ['Bình', 'Chiến', 'Dung', 'Hùng', 'Hương', 'Khánh', 'Lan', 'Minh', 'Nam', 'Phong', 'Quân', 'Sơn', 'Thắng', 'Thủy', 'Tú', 'Vân', 'Xuân', 'Páo', 'Chứ', 'Dếnh', 'Mỷ'];
/** SYNTHETIC local ethnic languages of the posting areas (Sơn La is mostly Thái, H'Mông, Mường, Dao, Khơ Mú). */
const LANGUAGES: Array<[string, number]> = [['Thái', 0.58], ["H'Mông", 0.24], ['Mường', 0.08], ['Khơ Mú', 0.05], ['Dao', 0.05]];

const pick = <T>(r: () => number, xs: readonly T[]) => xs[Math.floor(r() * xs.length)];
function weighted(r: () => number, xs: Array<[string, number]>): string {
  let u = r();
  for (const [x, w] of xs) {
    if (u < w) return x;
    u -= w;
  }
  return xs[xs.length - 1][0];
}

/**
 * A cumulative curve: the share of holders who have a qualification by the end of each year, through three
 * anchor points (end of 2011, 2016, 2024), linear in between. A person draws u in [0, 1) once per ladder and
 * obtains each rung in the first year the rung's curve passes u, so higher rungs never come before lower ones.
 */
type Curve = [number, number, number];
function shareBy(c: Curve, year: number): number {
  if (year <= 2011) return c[0];
  if (year <= 2016) return c[0] + ((c[1] - c[0]) * (year - 2011)) / 5;
  return c[1] + ((c[2] - c[1]) * (Math.min(year, 2024) - 2016)) / 8;
}
function obtainedOn(r: () => number, u: number, c: Curve, earliest: number): string | null {
  for (let year = 2011; year <= SEED_LAST_YEAR; year++) {
    if (u < shareBy(c, year)) {
      const y = year === 2011 ? intBetween(r, Math.min(earliest, 2011), 2011) : year;
      return `${y}-${String(intBetween(r, 1, 12)).padStart(2, '0')}-${String(intBetween(r, 1, 28)).padStart(2, '0')}`;
    }
  }
  return null;
}
const lower = (c: Curve, d: number, spread: number): Curve => [Math.max(0, c[0] - spread * d), Math.max(0, c[1] - spread * d * 0.5), Math.max(0, c[2] - spread * d * 0.2)];

/** Qualification curves per position (anchors: end of 2011, 2016, 2024), before the difficulty adjustment. */
const CURVES: Record<Position, Partial<Record<string, Curve>>> = {
  PARTY_CELL_SECRETARY: { LOWER_SECONDARY: [0.72, 0.95, 0.99], UPPER_SECONDARY: [0.2, 0.35, 0.55], INTERMEDIATE_PROF: [0.05, 0.12, 0.25], POLITICAL_ELEMENTARY: [0.6, 0.93, 0.99], MANAGEMENT: [0.45, 0.9, 0.98] },
  VILLAGE_HEAD: { LOWER_SECONDARY: [0.62, 0.9, 0.98], UPPER_SECONDARY: [0.15, 0.28, 0.45], INTERMEDIATE_PROF: [0.04, 0.1, 0.2], POLITICAL_ELEMENTARY: [0.45, 0.88, 0.97], MANAGEMENT: [0.4, 0.88, 0.97] },
  COMMUNE_KEY_CADRE: { LOWER_SECONDARY: [0.94, 0.995, 1], UPPER_SECONDARY: [0.62, 0.82, 0.95], INTERMEDIATE_PROF: [0.75, 0.9, 0.97], COLLEGE: [0.2, 0.38, 0.62], UNIVERSITY: [0.12, 0.28, 0.5], POLITICAL_ELEMENTARY: [0.95, 1, 1], POLITICAL_INTERMEDIATE: [0.55, 0.75, 0.9], MANAGEMENT: [0.7, 0.9, 0.98], IT: [0.3, 0.6, 0.85] },
  COMMUNE_CIVIL_SERVANT: { LOWER_SECONDARY: [0.98, 1, 1], UPPER_SECONDARY: [0.85, 0.95, 0.99], INTERMEDIATE_PROF: [0.9, 0.97, 1], COLLEGE: [0.35, 0.55, 0.8], POLITICAL_ELEMENTARY: [0.6, 0.8, 0.92], MANAGEMENT: [0.2, 0.4, 0.6], IT: [0.5, 0.75, 0.95], FOREIGN: [0.2, 0.4, 0.6] },
  DISTRICT_CIVIL_SERVANT: { LOWER_SECONDARY: [1, 1, 1], UPPER_SECONDARY: [0.97, 0.99, 1], INTERMEDIATE_PROF: [1, 1, 1], COLLEGE: [0.85, 0.93, 0.98], UNIVERSITY: [0.72, 0.86, 0.95], POLITICAL_ELEMENTARY: [0.85, 0.95, 0.99], POLITICAL_INTERMEDIATE: [0.3, 0.45, 0.6], MANAGEMENT: [0.3, 0.5, 0.7], IT: [0.7, 0.88, 0.97], FOREIGN: [0.6, 0.8, 0.93] },
  PROVINCIAL_CIVIL_SERVANT: { LOWER_SECONDARY: [1, 1, 1], UPPER_SECONDARY: [1, 1, 1], INTERMEDIATE_PROF: [1, 1, 1], COLLEGE: [0.93, 0.97, 1], UNIVERSITY: [0.85, 0.93, 0.98], POSTGRADUATE: [0.1, 0.18, 0.3], POLITICAL_ELEMENTARY: [0.95, 1, 1], POLITICAL_INTERMEDIATE: [0.55, 0.7, 0.85], MANAGEMENT: [0.4, 0.6, 0.8], IT: [0.8, 0.93, 0.99], FOREIGN: [0.7, 0.88, 0.97] },
};

/** Ladders: a person draws one u per ladder; each rung is [kind, level, curve key]. */
const LADDERS: Array<Array<[QualificationKind, string, string]>> = [
  [['GENERAL_EDUCATION', 'LOWER_SECONDARY', 'LOWER_SECONDARY'], ['GENERAL_EDUCATION', 'UPPER_SECONDARY', 'UPPER_SECONDARY']],
  [['PROFESSIONAL', 'INTERMEDIATE', 'INTERMEDIATE_PROF'], ['PROFESSIONAL', 'COLLEGE', 'COLLEGE'], ['PROFESSIONAL', 'UNIVERSITY', 'UNIVERSITY'], ['PROFESSIONAL', 'POSTGRADUATE', 'POSTGRADUATE']],
  [['POLITICAL_THEORY', 'ELEMENTARY', 'POLITICAL_ELEMENTARY'], ['POLITICAL_THEORY', 'INTERMEDIATE', 'POLITICAL_INTERMEDIATE']],
  [['MANAGEMENT_TRAINING', 'COMPLETED', 'MANAGEMENT']],
  [['IT_CERTIFICATE', 'BASIC', 'IT']],
  [['FOREIGN_LANGUAGE', 'A2', 'FOREIGN']],
];

interface Seat {
  position: Position;
  unitCode: string;
  from: string;
  to: string | null;
  areaLanguage: string | null;
  difficulty: number;
  seedKey: string;
}

/** Rows before they are written (the write stamps updatedAt). */
type Unwritten<T> = Omit<T, 'updatedAt'>;
export interface SyntheticRoster {
  people: Array<Unwritten<PersonRow>>;
  postings: Array<Unwritten<PostingRow>>;
  qualifications: Array<Unwritten<QualificationRow>>;
  trainings: Array<Unwritten<TrainingRecordRow>>;
  standards: Array<Unwritten<PositionStandardRow>>;
}

/**
 * SYNTHETIC roster of every reporting commune of 2012–2024 (about 40–60 people posted at any time: party cell
 * secretaries and village heads of 10–18 villages, 11 key cadres, 8–12 commune civil servants), 30 civil servants
 * per district office and 120 at the province, with dated qualifications spread around the QĐ 354 targets,
 * lower in more difficult communes. Deterministic: the same units always give the same roster.
 * For unit sets of national scale (over 1,000 communes, benchmarks) the roster is compact: 2 villages, 5 key
 * cadres, 2 commune and 5 district civil servants, no term changes, so a seed stays a few seconds.
 */
export function syntheticRoster(units: AdminUnits): SyntheticRoster {
  const compact = units.reportingCommunes(SEED_LAST_YEAR).length > 1000;
  const size = compact
    ? { villages: [2, 2], keyCadres: 5, civil: [2, 2], district: 5, province: 30, turnover: 0 }
    : { villages: [10, 18], keyCadres: 11, civil: [8, 12], district: 30, province: 120, turnover: 0.3 };
  const communeUnits = new Map<string, AdminUnit>();
  for (let y = SEED_FIRST_YEAR; y <= SEED_LAST_YEAR; y++) for (const u of units.reportingCommunes(y)) communeUnits.set(`${u.code}|${u.validFrom ?? ''}`, u);
  const seats: Seat[] = [];
  for (const u of communeUnits.values()) {
    const r = rng(`wf:unit:${u.code}:${u.validFrom ?? ''}`);
    const d = difficulty(u.code, u.type);
    const areaLanguage = u.type === 'Phường' ? null : weighted(r, LANGUAGES);
    const from = u.validFrom && u.validFrom > ROSTER_START ? u.validFrom : ROSTER_START;
    const to = u.validTo;
    const villages = intBetween(r, size.villages[0], size.villages[1]);
    const base = { unitCode: u.code, from, to, areaLanguage, difficulty: d };
    const key = `${u.code}${u.validFrom ? `-${u.validFrom.slice(0, 4)}` : ''}`;
    for (let v = 0; v < villages; v++) {
      seats.push({ ...base, position: 'PARTY_CELL_SECRETARY', seedKey: `${key}-B${v}` });
      seats.push({ ...base, position: 'VILLAGE_HEAD', seedKey: `${key}-T${v}` });
    }
    for (let k = 0; k < size.keyCadres; k++) seats.push({ ...base, position: 'COMMUNE_KEY_CADRE', seedKey: `${key}-K${k}` });
    const civil = intBetween(r, size.civil[0], size.civil[1]);
    for (let k = 0; k < civil; k++) seats.push({ ...base, position: 'COMMUNE_CIVIL_SERVANT', seedKey: `${key}-C${k}` });
  }
  for (const district of units.allDistricts()) {
    for (let k = 0; k < size.district; k++) {
      seats.push({ position: 'DISTRICT_CIVIL_SERVANT', unitCode: district.code, from: ROSTER_START, to: district.validTo, areaLanguage: null, difficulty: 0.2, seedKey: `${district.code}-D${k}` });
    }
  }
  // Every province version loaded (Sơn La alone by default): a province merged on 01/07/2025 has its office until then,
  // one formed that day from it (a reused code) from then; the first version of a code keeps the plain seed key.
  for (const p of units.provincesValidOn()) {
    const key = p.validFrom ? `${p.code}@${p.validFrom}` : p.code;
    const from = p.validFrom && p.validFrom > ROSTER_START ? p.validFrom : ROSTER_START;
    for (let k = 0; k < size.province; k++) {
      seats.push({ position: 'PROVINCIAL_CIVIL_SERVANT', unitCode: p.code, from, to: p.validTo, areaLanguage: null, difficulty: 0, seedKey: `${key}-P${k}` });
    }
  }

  const out: SyntheticRoster = { people: [], postings: [], qualifications: [], trainings: [], standards: DEMO_STANDARDS };
  for (const seat of seats) {
    const r = rng(`wf:seat:${seat.seedKey}`);
    // Holders of the seat: the first from the start, a successor after a term change for some seats.
    const change = r() < size.turnover ? pick(r, TERM_CHANGES) : null;
    const holders: Array<[string, string | null]> = [];
    if (change && (!seat.to || change < seat.to)) {
      const dayBefore = `${change.slice(0, 4)}-06-30`;
      holders.push([seat.from, dayBefore], [change, seat.to]);
    } else holders.push([seat.from, seat.to]);
    holders.forEach(([from, to], h) => addPerson(out, seat, `SL-${seat.seedKey}-${h + 1}`, from, to));
  }
  return out;
}

function addPerson(out: SyntheticRoster, seat: Seat, personCode: string, postedFrom: string, postedTo: string | null) {
  const r = rng(`wf:person:${personCode}`);
  const birthYear = intBetween(r, 1960, 1992);
  const sex = r() < (seat.position === 'VILLAGE_HEAD' || seat.position === 'PARTY_CELL_SECRETARY' ? 0.2 : 0.4) ? 'F' : 'M';
  const ethnicGroup = seat.areaLanguage && r() < 0.6 ? seat.areaLanguage : r() < 0.6 ? 'Kinh' : weighted(r, LANGUAGES);
  const given = `${pick(r, FAMILY)} ${sex === 'F' ? 'Thị' : pick(r, MIDDLE.filter((m) => m !== 'Thị'))} ${pick(r, GIVEN)}`;
  out.people.push({
    personCode, fullName: given, dateOfBirth: `${birthYear}-${String(intBetween(r, 1, 12)).padStart(2, '0')}-${String(intBetween(r, 1, 28)).padStart(2, '0')}`,
    birthYear, sex, ethnicGroup, source: SYNTHETIC_LABEL,
  });
  out.postings.push({ personCode, postedFrom, position: seat.position, unitCode: seat.unitCode, postedTo, areaEthnicLanguage: seat.areaLanguage, source: SYNTHETIC_LABEL });
  const add = (kind: QualificationKind, level: string, on: string, language = '', supplementary = false) =>
    out.qualifications.push({ personCode, kind, level, levelRank: levelRank(kind, level), language, supplementary, obtainedOn: on, source: SYNTHETIC_LABEL });
  add('GENERAL_EDUCATION', 'PRIMARY', `${birthYear + 11}-05-31`);
  const curves = CURVES[seat.position];
  const earliest = birthYear + 16;
  // One propensity per person, with some noise per ladder: people who study tend to hold several qualifications.
  const propensity = r();
  for (const ladder of LADDERS) {
    const u = clamp(propensity + 0.3 * (r() - 0.5), 0, 0.999);
    let last = '';
    for (const [kind, level, key] of ladder) {
      const curve = curves[key];
      if (!curve) break;
      const on = obtainedOn(r, u, lower(curve, seat.difficulty, 0.25), earliest);
      if (!on) break;
      const date = on < last ? last : on;
      // Supplementary (bổ túc) programmes: most general education obtained in office by village leaders.
      add(kind, level, date, kind === 'FOREIGN_LANGUAGE' ? 'Tiếng Anh' : '', kind === 'GENERAL_EDUCATION' && date > postedFrom && r() < 0.8);
      last = date;
    }
  }
  if (seat.areaLanguage) {
    if (ethnicGroup === seat.areaLanguage) add('ETHNIC_LANGUAGE', 'SPOKEN', postedFrom, seat.areaLanguage);
    else {
      const on = obtainedOn(r, r(), lower([0.35, 0.55, 0.75], seat.difficulty, 0.2), earliest);
      if (on) add('ETHNIC_LANGUAGE', 'SPOKEN', on, seat.areaLanguage);
    }
  }
  if (r() < 0.25) {
    const year = intBetween(r, 2012, 2024);
    out.trainings.push({
      personCode, course: seat.position === 'PARTY_CELL_SECRETARY' || seat.position === 'VILLAGE_HEAD' ? 'Bồi dưỡng kiến thức quản lý cho trưởng bản, bí thư chi bộ' : 'Bồi dưỡng kỹ năng nghiệp vụ công chức',
      organiser: seat.position === 'PROVINCIAL_CIVIL_SERVANT' ? 'Trường Chính trị tỉnh Sơn La' : 'Trung tâm Chính trị huyện', startedOn: `${year}-03-01`, endedOn: `${year}-03-${String(intBetween(r, 5, 25)).padStart(2, '0')}`,
      result: between(r, 0, 1) < 0.93 ? 'PASSED' : 'FAILED', source: SYNTHETIC_LABEL,
    });
  }
}

/** Seeds an empty database only (idempotent), in one transaction with the kit's batched inserts, its indicator facts included. */
export async function seedWorkforce(db: DataSource, log: Logger, units: AdminUnits): Promise<void> {
  if ((await db.getRepository(PersonEntity).count()) > 0) return;
  const roster = syntheticRoster(units);
  log.info({ people: roster.people.length, qualifications: roster.qualifications.length }, 'seeding SYNTHETIC workforce roster');
  const updatedAt = nowIso();
  const stamp = <T>(rows: T[]) => rows.map((r) => ({ ...r, updatedAt }));
  await writeTransaction(db, async (m) => {
    await bulkWrite(m, PositionStandardEntity, stamp(roster.standards));
    await bulkWrite(m, PersonEntity, stamp(roster.people));
    await bulkWrite(m, PostingEntity, stamp(roster.postings));
    await bulkWrite(m, QualificationEntity, stamp(roster.qualifications));
    await bulkWrite(m, TrainingRecordEntity, stamp(roster.trainings));
    await recomputeMilestones(m);
    await refreshFacts(m, workforceFacts, await workforceFacts.units(m));
  });
}
