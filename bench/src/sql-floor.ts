import { join } from 'node:path';
import { createConnection, type Connection } from 'mysql2/promise';
import { combineProvenance, parseProvinceSelection, rollUpRatio, rowProvenance, territoryOf, unitsOf, type AdminUnits, type IndicatorValue, type RatioPart } from '@lsp/shared';
import { BENCH_DEPARTMENTS } from './departments';
import type { Scenario } from './scenarios';
import { canonical } from './compare';

/**
 * The SQL-only floor: the benchmark's score answer computed from direct SQL aggregates over the departments'
 * databases (better-sqlite3 or mysql2, no ORM, no HTTP, no GraphQL) and the admin-units JSON, with one
 * statement per table for the whole set of communes. The score itself is the education department's pure
 * engine (no I/O), so the floor and the gateway cannot differ by arithmetic: the answer is compared with the
 * gateway's, commune by commune. This is the limit the platform's latency is measured against.
 *
 * Covered: the score scenarios (every commune / one district). Target progress (all indicators of every
 * department over district and province territories, with the previous year) is not computed here.
 */
const root = join(__dirname, '..', '..');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const req = (p: string) => require(join(root, 'subgraphs', p));
// The driver typeorm uses for SQLite, called directly (it ships no types; the two calls used are typed here).
interface SqliteDb { prepare(sql: string): { all(...params: unknown[]): unknown[] }; close(): void }
// eslint-disable-next-line @typescript-eslint/no-require-imports
const Database = require('better-sqlite3') as new (file: string, opts: { readonly: boolean; fileMustExist: boolean }) => SqliteDb;

interface Raw { all(sql: string, params?: unknown[]): Promise<Array<Record<string, unknown>>>; close(): Promise<void> }

async function open(url: string): Promise<Raw> {
  if (url.startsWith('sqlite:')) {
    const db = new Database(url.slice('sqlite:'.length), { readonly: true, fileMustExist: true });
    return { all: async (sql, params = []) => db.prepare(sql).all(...params) as Array<Record<string, unknown>>, close: async () => void db.close() };
  }
  const conn: Connection = await createConnection(url.replace(/^mariadb:/, 'mysql:'));
  return { all: async (sql, params = []) => (await conn.query(sql, params))[0] as Array<Record<string, unknown>>, close: () => conn.end() };
}

/** Numerator and denominator of each education statistics indicator, as SQL over commune_education_year. */
const EDU_SQL: Record<string, [string, string]> = {
  EDU_NURSERY_UNDER3: ['under3_in_nursery', 'children_under3'],
  EDU_NURSERY_NONPUBLIC: ['under3_in_nursery_nonpublic', 'under3_in_nursery'],
  EDU_KINDERGARTEN_3_5: ['age3to5_in_kindergarten', 'children_3to5'],
  EDU_KINDERGARTEN_3_4: ['age3to5_in_kindergarten - age5_in_kindergarten', 'children_3to5 - children_age5'],
  EDU_KINDERGARTEN_NONPUBLIC: ['age3to5_in_kindergarten_nonpublic', 'age3to5_in_kindergarten'],
  EDU_KINDERGARTEN_AGE5: ['age5_in_kindergarten', 'children_age5'],
  EDU_GRADE1_AGE6: ['age6_entering_grade1', 'children_age6'],
  EDU_FLEXIBLE_6_10: ['out_of_school_6to10_in_flexible', 'out_of_school_6to10'],
  EDU_FLEXIBLE_11_14: ['out_of_school_11to14_in_flexible', 'out_of_school_11to14'],
  EDU_LITERACY_15_35: ['literate_15to35_male + literate_15to35_female', 'population_15to35_male + population_15to35_female'],
  EDU_ILLITERACY_WORKING_AGE: ['illiterate_working_age_male + illiterate_working_age_female', 'working_age_male + working_age_female'],
};
const VOC_SQL: Record<string, [string, string]> = {
  VOC_AGRI_TRAINING_ACCESS: ['agri_workers_training_access', 'agricultural_workers'],
  VOC_WORKERS_TRAINED: ['vocationally_trained_workers', 'working_age_population'],
  VOC_TECH_TRANSFER: ['tech_transfer_workers', 'working_age_population'],
};
const ratioColumns = (m: Record<string, [string, string]>) =>
  `${Object.values(m).map(([n, d], i) => `${n} AS n${i}, ${d} AS d${i}`).join(', ')}, synthetic`;
/** The commune-level steering committee deadline of V.11 (education's STEERING_COMMITTEE_DEADLINES). */
const COMMUNE_COMMITTEE_DEADLINE = '2013-06-30';

interface Loaded { key: string; units: AdminUnits; db: Record<string, Raw> }
let cache: Loaded | undefined;

async function load(dbUrl: (s: string) => string, provinces = '14'): Promise<Loaded> {
  const key = `${dbUrl('education')}|${provinces}`;
  if (cache?.key === key) return cache;
  if (cache) await Promise.all(Object.values(cache.db).map((d) => d.close()));
  const db: Record<string, Raw> = {};
  for (const s of BENCH_DEPARTMENTS) db[s] = await open(dbUrl(s));
  cache = { key, units: unitsOf(parseProvinceSelection(provinces)), db };
  return cache;
}

type Lists = Record<string, IndicatorValue[]>;

/** Milliseconds spent in each statement since the last reset (computeSqlFloor reports them per run). */
const statementMs: Record<string, number> = {};

const { isHardArea } = req('workforce/dist/indicators/index.js');
const { PostingRepository } = req('workforce/dist/store/posting.js');
const { titlesOfIndicator } = req('awards/dist/datasets/titles.js');
const { score } = req('education/dist/scoring/engine.js');
const { modelForYear } = req('education/dist/scoring/default-models.js');

/** Each commune's four indicator lists (the model's indicators) for one year, from one statement per table. */
async function communeLists(l: Loaded, communes: string[], year: number): Promise<Map<string, Lists>> {
  const { units, db } = l;
  const studious = (titlesOfIndicator('AW_STUDIOUS_FAMILIES') as Array<{ code: string }>).map((t) => t.code);
  const territories = new Map(communes.map((c) => [c, territoryOf(units, { communeCode: c, year, boundaries: 'REPORTED' }).communeCodes]));
  const reporting = [...new Set([...territories.values()].flat())];
  const inList = reporting.map(() => '?').join(', ');
  const wfStore = new PostingRepository({ query: (sql: string, params: unknown[]) => db.workforce.all(sql, params) });
  // One statement after the other, each timed: where the floor's time goes.
  const timed = async <T>(name: string, p: () => Promise<T>): Promise<T> => {
    const t0 = performance.now();
    const r = await p();
    statementMs[name] = (statementMs[name] ?? 0) + performance.now() - t0;
    return r;
  };
  const edu = await timed('education', () => db.education.all(`SELECT commune_code, ${ratioColumns(EDU_SQL)} FROM commune_education_year WHERE year = ? AND commune_code IN (${inList})`, [year, ...reporting]));
  const committees = await timed('committees', () => db.education.all(`SELECT unit_code, established_on, synthetic FROM steering_committee WHERE level = 'COMMUNE' AND unit_code IN (${inList})`, reporting));
  const voc = await timed('vocational', () => db.vocational.all(`SELECT commune_code, ${ratioColumns(VOC_SQL)} FROM labour_force WHERE year = ? AND commune_code IN (${inList})`, [year, ...reporting]));
  const wf = await timed('workforce', () => wfStore.countsByUnitYear([year], reporting) as Promise<Array<Record<string, number | string>>>);
  const aw = await timed('awards', () => db.awards.all(
      `SELECT commune_code, SUM(recognised) AS n, SUM(eligible) AS d, MIN(synthetic) AS s_min, MAX(synthetic) AS s_max FROM recognition_count WHERE year = ? AND title_code IN (${studious.map(() => '?').join(', ')}) AND commune_code IN (${inList}) GROUP BY commune_code`,
      [year, ...studious, ...reporting],
    ));
  const by = <R extends Record<string, unknown>>(rows: R[], k: string) => new Map(rows.map((r) => [String(r[k]), r]));
  const [eduBy, comBy, vocBy, wfBy, awBy] = [by(edu, 'commune_code'), by(committees, 'unit_code'), by(voc, 'commune_code'), by(wf, 'communeCode'), by(aw, 'commune_code')];
  const synthetic = (row: Record<string, unknown>) => rowProvenance(Number(row.synthetic) === 1 || row.synthetic === true);
  const ratio = (row: Record<string, unknown> | undefined, i: number): RatioPart | null =>
    (row ? { numerator: Number(row[`n${i}`]), denominator: Number(row[`d${i}`]), provenance: synthetic(row) } : null);
  const wfProvenance = (r: Record<string, number>) => (r.syntheticPostings === 0 ? 'IMPORTED' : r.syntheticPostings === r.postings ? 'SYNTHETIC' : 'MIXED');
  const part = (n: number, d: number, r: Record<string, number>): RatioPart | null => (d > 0 ? { numerator: n, denominator: d, provenance: wfProvenance(r) } : null);
  const out = new Map<string, Lists>();
  for (const [commune, t] of territories) {
    const roll = (code: string, parts: Array<RatioPart | null>) => rollUpRatio(code, parts, parts.length);
    const education = [
      ...Object.keys(EDU_SQL).map((code, i) => roll(code, t.map((c) => ratio(eduBy.get(c), i)))),
      roll('EDU_CEC_ALSO_VOCATIONAL', []),
      roll('EDU_DISTRICT_COMMITTEE_ON_TIME', []),
      // Only the communes that existed on the deadline were due.
      roll('EDU_COMMUNE_COMMITTEE_ON_TIME', t.filter((c) => !!units.commune(c, COMMUNE_COMMITTEE_DEADLINE)).map((c) => {
        const row = comBy.get(c);
        return row ? { numerator: row.established_on !== null && String(row.established_on) <= COMMUNE_COMMITTEE_DEADLINE ? 1 : 0, denominator: 1, provenance: synthetic(row) } : null;
      })),
    ];
    const vocational = Object.keys(VOC_SQL).map((code, i) => roll(code, t.map((c) => ratio(vocBy.get(c), i))));
    const wfc = (c: string) => wfBy.get(c) as Record<string, number> | undefined;
    const hard = t.filter((c) => isHardArea(units, c, year));
    const wfRoll = (code: string, rows: string[], n: string, d: string) => roll(code, rows.map((c) => { const r = wfc(c); return r ? part(r[n], r[d], r) : null; }));
    const workforce = [
      wfRoll('WF_VILLAGE_LEADERS_LOWER_SECONDARY', hard, 'villageLeadersLowerSecondary', 'villageLeaders'),
      wfRoll('WF_VILLAGE_LEADERS_MANAGEMENT_POLITICAL', hard, 'villageLeadersManagementPolitical', 'villageLeaders'),
      wfRoll('WF_KEY_CADRES_LOWER_SECONDARY', t, 'keyCadresLowerSecondary', 'keyCadres'),
      wfRoll('WF_KEY_CADRES_UPPER_SECONDARY', t, 'keyCadresUpperSecondary', 'keyCadres'),
      wfRoll('WF_KEY_CADRES_COLLEGE', t, 'keyCadresCollege', 'keyCadres'),
      wfRoll('WF_CADRES_ETHNIC_LANGUAGE', t, 'cadresKnowingLanguage', 'cadresInEthnicAreas'),
      roll('WF_CIVIL_SERVANTS_STANDARD', []),
    ];
    const awards = [roll('AW_STUDIOUS_FAMILIES', t.map((c) => {
      const r = awBy.get(c);
      if (!r) return null;
      const provenance = combineProvenance([rowProvenance(Number(r.s_min) === 1), rowProvenance(Number(r.s_max) === 1)])!;
      return { numerator: Number(r.n), denominator: Number(r.d), provenance };
    }))];
    out.set(commune, { education, vocational, workforce, awards });
  }
  return out;
}

/** Every commune's learningSociety object in the gateway's answer, by commune code. */
export function scoresInAnswer(answer: unknown): Map<string, unknown> {
  const out = new Map<string, unknown>();
  const walk = (x: unknown) => {
    if (Array.isArray(x)) return x.forEach(walk);
    if (!x || typeof x !== 'object') return;
    const o = x as Record<string, unknown>;
    if (typeof o.communeCode === 'string' && o.learningSociety !== undefined) out.set(o.communeCode, o.learningSociety);
    Object.values(o).forEach(walk);
  };
  walk(answer);
  return out;
}

/** The score of every commune: the scoring model and the four departments' figures, one statement per table. */
async function scoreAll(l: Loaded, communes: string[], year: number): Promise<Map<string, unknown>> {
  const [models, components, bands] = await Promise.all([
    l.db.education.all('SELECT id, name, description, valid_from_year, valid_to_year, min_coverage_for_grade FROM scoring_model'),
    l.db.education.all('SELECT * FROM scoring_component ORDER BY model_id, position'),
    l.db.education.all('SELECT * FROM scoring_grade_band'),
  ]);
  const specs = models.map((m) => ({
    id: m.id, name: m.name, description: m.description, validFromYear: Number(m.valid_from_year), validToYear: m.valid_to_year === null ? null : Number(m.valid_to_year),
    minCoverageForGrade: Number(m.min_coverage_for_grade),
    components: components.filter((c) => c.model_id === m.id).map((c) => ({
      indicatorCode: c.indicator_code, source: c.source, clause: c.clause, targetId: c.target_id, targetValue: Number(c.target_value), comparator: c.comparator, weight: Number(c.weight),
    })),
    bands: bands.filter((b) => b.model_id === m.id).map((b) => ({ grade: b.grade, minTotal: Number(b.min_total), label: b.label })),
  }));
  const model = modelForYear(specs, year);
  const lists = await communeLists(l, communes, year);
  return new Map(communes.map((c) => {
    const t = territoryOf(l.units, { communeCode: c, year, boundaries: 'REPORTED' });
    return [c, score(model, lists.get(c)!, { complete: t.complete, unplacedUnits: l.units.unplacedUnits(c, year, 'REPORTED') })];
  }));
}

/**
 * Times the SQL-only answer of a score scenario (median of `runs`, after one warm-up) and checks it against
 * the gateway's; undefined for other scenarios.
 */
export async function computeSqlFloor(dbUrl: (service: string) => string, provinces: string | undefined, sc: Scenario, answer: unknown, runs = 5): Promise<{ ms: number; check: string } | undefined> {
  if (!sc.floor || sc.floor.kind !== 'dashboard') return undefined;
  const l = await load(dbUrl, provinces);
  const expected = scoresInAnswer(answer);
  const communes = [...expected.keys()];
  const times: number[] = [];
  for (const k of Object.keys(statementMs)) delete statementMs[k];
  let scores = new Map<string, unknown>();
  for (let i = 0; i <= runs; i++) {
    const t0 = performance.now();
    scores = await scoreAll(l, communes, sc.floor.year);
    if (i > 0) times.push(performance.now() - t0);
    else for (const k of Object.keys(statementMs)) delete statementMs[k];
  }
  const perStatement = Object.entries(statementMs).map(([k, v]) => `${k} ${(v / runs).toFixed(0)}`).join(', ');
  const ms = times.sort((a, b) => a - b)[Math.floor(times.length / 2)];
  // The gateway's answer has only the fields asked: compare those.
  let differ = 0;
  let firstDiff = '';
  for (const [code, got] of expected) {
    const mine = scores.get(code) as Record<string, unknown>;
    const pick = (ref: unknown, x: unknown): unknown =>
      Array.isArray(ref) ? ref.map((r, i) => pick(r, (x as unknown[])[i])) : ref && typeof ref === 'object' ? Object.fromEntries(Object.keys(ref).map((k) => [k, pick((ref as Record<string, unknown>)[k], (x as Record<string, unknown>)?.[k])])) : x;
    if (canonical(pick(got, mine)) !== canonical(got)) {
      differ += 1;
      firstDiff ||= code;
    }
  }
  const check = differ === 0 ? `same for all ${expected.size} communes` : `DIFFERENT for ${differ} of ${expected.size} (first: ${firstDiff})`;
  return { ms, check: `${check}; mean ms per statement: ${perStatement}` };
}
