import type { DataSource } from 'typeorm';
import { clamp, difficulty, intBetween, refreshFacts, rng, between, type AdminUnit, type AdminUnits, type Logger } from '@lsp/shared';
import { AssessmentStore, CommendationStore, RecognitionCountStore, type AssessmentRow, type CommendationRow, type RecognitionCountRow } from '.';
import { criteriaSetFor, gradeOfScore, type RecognitionGrade } from '../datasets/titles';
import { awardsFacts } from '../indicators/facts';

export const SEED_FIRST_YEAR = 2012;
export const SEED_LAST_YEAR = 2024;

/**
 * SYNTHETIC demo data, deterministic (seeded by commune code, title and year): for every reporting commune
 * of 2012–2024, the households, clans and villages recognised under the title in use that year; learning
 * units and commune titles assessed; commendations. Shares rise towards the programme's targets (over 70% of
 * households by 2015, II.2.3) and are lower in difficult (highland, border, ĐBKK) communes.
 */
interface GroupSpec {
  /** Title by year range (the catalogue's validity decides which is in use). */
  titles: string[];
  /** Eligible count: [min, max] for wards and for rural communes. */
  size: (unit: AdminUnit, r: () => number) => number;
  /** Share recognised in 2012 and the yearly gain, before the difficulty penalty. */
  start: number;
  gain: number;
  /** Share lost in the most difficult commune. */
  penalty: number;
  cap: number;
}

const GROUPS: GroupSpec[] = [
  { titles: ['GIA_DINH_HIEU_HOC', 'GIA_DINH_HOC_TAP'], size: (u, r) => (u.type === 'Phường' ? intBetween(r, 1800, 3600) : intBetween(r, 600, 1900)), start: 0.62, gain: 0.028, penalty: 0.14, cap: 0.93 },
  { titles: ['DONG_HO_KHUYEN_HOC', 'DONG_HO_HOC_TAP'], size: (u, r) => (u.type === 'Phường' ? intBetween(r, 25, 60) : intBetween(r, 8, 35)), start: 0.38, gain: 0.035, penalty: 0.15, cap: 0.85 },
  { titles: ['CONG_DONG_KHUYEN_HOC', 'CONG_DONG_HOC_TAP_THON'], size: (u, r) => (u.type === 'Phường' ? intBetween(r, 8, 20) : intBetween(r, 7, 24)), start: 0.42, gain: 0.037, penalty: 0.15, cap: 0.9 },
  { titles: ['BAN_VAN_HOA_SUC_KHOE_HOC_TAP'], size: (u, r) => (u.type === 'Phường' ? intBetween(r, 8, 20) : intBetween(r, 7, 24)), start: 0.2, gain: 0.035, penalty: 0.12, cap: 0.75 },
];

const UNIT_KINDS = ['Trường mầm non', 'Trường tiểu học', 'Trường THCS', 'UBND xã', 'Trạm y tế', 'Hợp tác xã'];

export interface AwardsSeed {
  counts: RecognitionCountRow[];
  assessments: AssessmentRow[];
  commendations: CommendationRow[];
}

export function syntheticAwards(units: AdminUnits, firstYear = SEED_FIRST_YEAR, lastYear = SEED_LAST_YEAR): AwardsSeed {
  const counts: RecognitionCountRow[] = [];
  const assessments: AssessmentRow[] = [];
  const commendations: CommendationRow[] = [];
  for (let year = firstYear; year <= lastYear; year++) {
    for (const unit of units.reportingCommunes(year)) {
      const d = difficulty(unit.code, unit.type);
      // Districts move at their own pace (the district's steering committee, its Hội Khuyến học).
      const pace = between(rng(`aw:district:${unit.parentCode ?? ''}`), -0.06, 0.06);
      const t = year - SEED_FIRST_YEAR;
      for (const g of GROUPS) {
        const titleCode = g.titles.find((c) => criteriaSetFor(c, year));
        if (!titleCode) continue;
        const set = criteriaSetFor(titleCode, year)!;
        // Eligible count is stable per commune (its own seed), growing slowly.
        const eligible = Math.round(g.size(unit, rng(`aw:size:${g.titles[0]}:${unit.code}`)) * (1 + 0.012 * t));
        const r = rng(`aw:${g.titles[0]}:${unit.code}:${year}`);
        const share = clamp(g.start + g.gain * t - g.penalty * d + pace + between(r, -0.05, 0.05), 0.05, g.cap);
        counts.push({ communeCode: unit.code, year, titleCode, criteriaSetCode: set.code, recognised: Math.round(eligible * share), eligible, synthetic: true });
      }
      assessments.push(...unitAssessments(unit, year, clamp(d - pace, 0, 1)), ...communeAssessments(unit, year, clamp(d - pace, 0, 1)));
      commendations.push(...communeCommendations(unit, year, d));
    }
  }
  return { counts, assessments, commendations };
}

function unitAssessments(unit: AdminUnit, year: number, d: number): AssessmentRow[] {
  const set = criteriaSetFor('DON_VI_HOC_TAP', year);
  if (!set) return [];
  const n = 2 + Math.floor(rng(`aw:units:${unit.code}`)() * 4);
  const rows: AssessmentRow[] = [];
  for (let i = 0; i < n; i++) {
    const kind = UNIT_KINDS[i % UNIT_KINDS.length];
    const r = rng(`aw:unit:${unit.code}:${i}:${year}`);
    const quality = clamp(0.55 + 0.03 * (year - 2013) - 0.2 * d + between(r, -0.2, 0.2), 0, 1);
    let score: number | null = null;
    let grade: RecognitionGrade | null = null;
    let recognised: boolean;
    if (set.scheme === 'POINTS' && set.maxPoints !== null) {
      score = Math.round(clamp(40 + 60 * quality, 0, 100));
      const band = gradeOfScore(set, score)!;
      grade = band.grade;
      recognised = band.passing;
    } else recognised = quality > 0.45;
    rows.push({
      subjectCode: `DV-${unit.code}-${String(i + 1).padStart(2, '0')}`, year, titleCode: 'DON_VI_HOC_TAP', subjectName: `${kind} ${unit.name.replace(/^(Xã|Phường|Thị trấn) /, '')} (SYNTHETIC)`,
      unitKind: kind, communeCode: unit.code, criteriaSetCode: set.code, score, grade, recognised,
      assessingBody: set.code === 'TT22_2020' ? 'Self-assessment; recognised by Hội Khuyến học (SYNTHETIC)' : 'Hội Khuyến học tỉnh Sơn La (QĐ 354 V.8) (SYNTHETIC)',
      decisionRef: recognised ? `SYN-${year + 1}-DVHT-${unit.code}` : null, recognisedOn: recognised ? `${year + 1}-03-${String(1 + (i % 28)).padStart(2, '0')}` : null, synthetic: true,
    });
  }
  return rows;
}

function communeAssessments(unit: AdminUnit, year: number, d: number): AssessmentRow[] {
  const rows: AssessmentRow[] = [];
  const name = unit.name;
  const r = rng(`aw:commune:${unit.code}:${year}`);
  const quality = clamp(0.5 + 0.035 * (year - 2013) - 0.25 * d + between(r, -0.15, 0.15), 0, 1);
  const khkt = criteriaSetFor('XA_KHUYEN_HOC_KHUYEN_TAI', year);
  if (khkt) {
    const recognised = quality > 0.5;
    rows.push({
      subjectCode: unit.code, year, titleCode: 'XA_KHUYEN_HOC_KHUYEN_TAI', subjectName: name, unitKind: null, communeCode: unit.code, criteriaSetCode: khkt.code,
      score: null, grade: null, recognised, assessingBody: 'UBND huyện (SYNTHETIC)', decisionRef: recognised ? `SYN-${year}-KHKT-${unit.code}` : null,
      recognisedOn: recognised ? `${year}-12-15` : null, synthetic: true,
    });
  }
  const cdht = criteriaSetFor('CONG_DONG_HOC_TAP_XA', year);
  if (cdht) {
    let grade: RecognitionGrade | null;
    if (cdht.scheme === 'LEVELS') grade = quality > 0.75 ? 'MUC_DO_2' : quality > 0.45 ? 'MUC_DO_1' : null;
    else grade = quality > 0.75 ? 'TOT' : quality > 0.55 ? 'KHA' : quality > 0.35 ? 'TRUNG_BINH' : 'KHONG_DAT';
    const recognised = grade !== null && grade !== 'KHONG_DAT';
    rows.push({
      subjectCode: unit.code, year, titleCode: 'CONG_DONG_HOC_TAP_XA', subjectName: name, unitKind: null, communeCode: unit.code, criteriaSetCode: cdht.code,
      score: null, grade, recognised,
      assessingBody: cdht.code === 'TT44_2014' ? 'UBND cấp huyện (QĐ 645/QĐ-BGDĐT) (SYNTHETIC)' : 'Trưởng Phòng GD&ĐT (TT 25/2023) (SYNTHETIC)',
      decisionRef: recognised ? `SYN-${year}-CDHT-${unit.code}` : null, recognisedOn: recognised ? `${year}-12-20` : null, synthetic: true,
    });
  }
  return rows;
}

const COMMENDATION_TITLES: Array<{ title: string; level: string; issuedBy: string; kind: string }> = [
  { title: 'Giấy khen', level: 'DISTRICT', issuedBy: 'Chủ tịch UBND huyện', kind: 'INDIVIDUAL' },
  { title: 'Giấy khen', level: 'DISTRICT', issuedBy: 'Chủ tịch UBND huyện', kind: 'COLLECTIVE' },
  { title: 'Bằng khen', level: 'PROVINCE', issuedBy: 'Chủ tịch UBND tỉnh Sơn La', kind: 'COLLECTIVE' },
  { title: 'Chiến sĩ thi đua cơ sở', level: 'DISTRICT', issuedBy: 'Chủ tịch UBND huyện', kind: 'INDIVIDUAL' },
  { title: 'Tập thể lao động tiên tiến', level: 'DISTRICT', issuedBy: 'Chủ tịch UBND huyện', kind: 'COLLECTIVE' },
  { title: 'Giấy khen', level: 'COMMUNE', issuedBy: 'Chủ tịch UBND xã', kind: 'INDIVIDUAL' },
];

function communeCommendations(unit: AdminUnit, year: number, d: number): CommendationRow[] {
  const r = rng(`aw:comm:${unit.code}:${year}`);
  const n = intBetween(r, 0, d > 0.5 ? 2 : 3);
  const rows: CommendationRow[] = [];
  for (let i = 0; i < n; i++) {
    const c = COMMENDATION_TITLES[intBetween(r, 0, COMMENDATION_TITLES.length - 1)];
    // From 2013 the programme asks that the learning-society criterion count in emulation (IV.10, V.5).
    const ls = year >= 2013 && r() < 0.3 + 0.04 * (year - 2013);
    rows.push({
      reference: `SYN-${year}-${unit.code}-${i + 1}`, year, awardedOn: `${year + 1}-01-${String(10 + i).padStart(2, '0')}`, recipientKind: c.kind,
      recipientName: c.kind === 'INDIVIDUAL' ? `Cá nhân ${unit.code}-${i + 1} (SYNTHETIC)` : `Tập thể ${unit.name} #${i + 1} (SYNTHETIC)`,
      communeCode: unit.code, title: c.title, level: c.level, issuedBy: c.issuedBy, learningSocietyCriterion: ls,
      reason: ls ? 'Thành tích xây dựng xã hội học tập (SYNTHETIC)' : 'Hoàn thành xuất sắc nhiệm vụ (SYNTHETIC)', synthetic: true,
    });
  }
  return rows;
}

/** Seeds an empty database only (idempotent), in one transaction with batched inserts, its indicator facts included. */
export async function seedAwards(db: DataSource, log: Logger, units: AdminUnits): Promise<void> {
  const counts = new RecognitionCountStore(db);
  const assessments = new AssessmentStore(db);
  const commendations = new CommendationStore(db);
  if ((await counts.count()) + (await assessments.count()) + (await commendations.count()) > 0) return;
  const data = syntheticAwards(units);
  log.info({ counts: data.counts.length, assessments: data.assessments.length, commendations: data.commendations.length }, 'seeding SYNTHETIC awards data');
  await db.transaction(async (m) => {
    await counts.insertMany(m, data.counts);
    await assessments.insertMany(m, data.assessments);
    await commendations.insertMany(m, data.commendations);
    await refreshFacts(m, awardsFacts, await awardsFacts.units(m));
  });
}

