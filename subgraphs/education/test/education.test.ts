import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { INDICATORS, indicatorsOf, loadTargetCatalogue, sonLaUnits } from '@lsp/shared';
import { analyst, dbKinds, gql, startSubgraph, type RunningSubgraph } from '../../../test/testkit';
import { education } from '../src/server';
import { RATE, counts, statisticsCsv } from './helpers';

const editor = ['editor:education'] as const;
const asEditor = { as: { sub: 'editor-1', roles: [...editor] } };
const EDU_CODES = indicatorsOf('education').map((d) => d.code);
const SEED_TEXT = readFileSync(join(__dirname, '..', '..', '..', 'shared', 'data', 'qd-354-2013-son-la-learning-society.txt'), 'utf8');

const IMPORT = `mutation($csv: String!, $dry: Boolean) { importEducationStatisticsCsv(csv: $csv, dryRun: $dry) {
  ok dryRun batchId rows inserted updated unchanged problems { row field code message } } }`;
const COMMUNE_YEAR = `query($r: [_Any!]!) { _entities(representations: $r) { ... on CommuneYear {
  communeCode year educationIndicators { code numerator denominator value unit unitsReporting unitsExpected previousValue }
  preschool { under3InNursery { ${RATE} } nurseryNonPublic { ${RATE} } age3To5InKindergarten { ${RATE} } age5InKindergarten { ${RATE} } }
  grade1Entry { ${RATE} } literacy { literate15To35 { ${RATE} } literate15To35Female { ${RATE} } illiterateWorkingAge { ${RATE} } }
  educationCounts { childrenUnder3 under3InNursery reportingUnits source } } } }`;
const cy = (communeCode: string, year: number, boundaries = 'REPORTED') => ({ __typename: 'CommuneYear', communeCode, year, boundaries });
const byCode = (list: Array<{ code: string }>, code: string) => list.find((i) => i.code === code) as any;
const countRows = async (sg: RunningSubgraph, table: string) => Number((await sg.db.query(`SELECT COUNT(*) AS n FROM ${table}`))[0].n);

describe('target catalogue file', () => {
  const targets = loadTargetCatalogue();

  it('quotes every entry verbatim from the seed and cites a clause of section II or V', () => {
    expect(targets.length).toBeGreaterThanOrEqual(30);
    for (const t of targets) {
      expect(SEED_TEXT).toContain(t.wordingVi);
      expect(t.clause).toMatch(/^(II|V)\.\d/);
    }
  });

  it('measures each rate target with a catalogue indicator of the responsible department, or says why not', () => {
    for (const t of targets) {
      if (t.indicatorCode === null) {
        expect(t.note).toBeTruthy();
        continue;
      }
      const def = INDICATORS.find((i) => i.code === t.indicatorCode);
      expect(def?.department).toBe(t.department);
    }
  });

  it('holds the numbers of the seed: preschool, grade 1, literacy, sub-shares and the V.11 deadlines', () => {
    const byId = new Map(targets.map((t) => [t.id, t]));
    expect(byId.get('II.2.1-nursery-under3-2015')).toMatchObject({ value: 20, comparator: 'GTE', targetYear: 2015, indicatorCode: 'EDU_NURSERY_UNDER3' });
    expect(byId.get('II.2.1-nursery-nonpublic-2015')).toMatchObject({ value: 23, subShareOf: 'II.2.1-nursery-under3-2015' });
    expect(byId.get('II.2.1-kindergarten-age5-2015')).toMatchObject({ value: 99.5 });
    expect(byId.get('II.2.1-grade1-age6-2015')).toMatchObject({ value: 99.6 });
    expect(byId.get('II.2.1-flexible-6-10-2015')).toMatchObject({ value: 70, comparator: 'GT' });
    expect(byId.get('II.2.2-illiteracy-working-age-2015')).toMatchObject({ value: 2, comparator: 'LTE' });
    expect(byId.get('II.2.2-civil-servants-standard')).toMatchObject({ targetYear: null, value: 100 });
    expect(byId.get('V.11-district-steering-committees')).toMatchObject({ kind: 'DEADLINE', deadline: '2013-04-30', value: null });
    expect(byId.get('V.11-commune-steering-committees')).toMatchObject({ kind: 'DEADLINE', deadline: '2013-06-30', value: null });
    // every percentage written in sections II and V appears as the value of some entry
    const sectionsIIandV = SEED_TEXT.slice(SEED_TEXT.indexOf('II. MỤC TIÊU'), SEED_TEXT.indexOf('III. NHIỆM VỤ')) + SEED_TEXT.slice(SEED_TEXT.indexOf('V. TỔ CHỨC THỰC HIỆN'));
    const percents = [...sectionsIIandV.matchAll(/(\d+(?:,\d+)?)\s*%/g)].map((m) => Number(m[1].replace(',', '.')));
    const values = new Set(targets.map((t) => t.value));
    expect(percents.length).toBeGreaterThanOrEqual(28);
    expect(percents.filter((p) => !values.has(p))).toEqual([]);
  });
});

describe.each(dbKinds)('education subgraph on %s', (kind) => {
  let sg: RunningSubgraph;
  let fx: RunningSubgraph;
  beforeAll(async () => {
    [sg, fx] = await Promise.all([startSubgraph(education, { kind }), startSubgraph(education, { kind, seed: false })]);
  });
  afterAll(async () => {
    await Promise.all([sg?.stop(), fx?.stop()]);
  });

  describe('contract', () => {
    it('publishes its SDL with the three year-entity keys and the shared value types', async () => {
      const r = await gql(sg.url, '{ _service { sdl } }', {}, { as: analyst });
      const sdl: string = r.data._service.sdl;
      expect(sdl).toMatch(/type CommuneYear\s+@key\(fields: "communeCode year boundaries"\)/);
      expect(sdl).toMatch(/type DistrictYear\s+@key\(fields: "districtCode year"\)/);
      expect(sdl).toMatch(/type ProvinceYear\s+@key\(fields: "provinceCode year"\)/);
      expect(sdl).toMatch(/type IndicatorValue\s+@shareable/);
      expect(sdl).toMatch(/type ImportResult\s+@shareable/);
    });

    it('resolves every key through _entities with the uniform list in catalogue order', async () => {
      const reps = [cy('03646', 2015), { __typename: 'DistrictYear', districtCode: '116', year: 2015 }, { __typename: 'ProvinceYear', provinceCode: '14', year: 2015 }];
      const r = await gql(sg.url, `query($r: [_Any!]!) { _entities(representations: $r) {
        ... on CommuneYear { educationIndicators { code value unitsReporting unitsExpected } }
        ... on DistrictYear { educationIndicators { code value unitsReporting unitsExpected } continuingEducationCentres { name alsoVocational source } }
        ... on ProvinceYear { educationIndicators { code value unitsReporting unitsExpected } } } }`, { r: reps }, { as: analyst });
      expect(r.errors).toBeUndefined();
      const [c, d, p] = r.data._entities;
      for (const e of [c, d, p]) expect(e.educationIndicators.map((i: any) => i.code)).toEqual(EDU_CODES);
      expect(byCode(c.educationIndicators, 'EDU_NURSERY_UNDER3').unitsExpected).toBe(1);
      expect(byCode(c.educationIndicators, 'EDU_CEC_ALSO_VOCATIONAL')).toMatchObject({ value: null, unitsExpected: 0 });
      expect(byCode(d.educationIndicators, 'EDU_NURSERY_UNDER3')).toMatchObject({ unitsReporting: 12, unitsExpected: 12 });
      expect(byCode(p.educationIndicators, 'EDU_NURSERY_UNDER3')).toMatchObject({ unitsReporting: 204, unitsExpected: 204 });
      expect(byCode(p.educationIndicators, 'EDU_CEC_ALSO_VOCATIONAL').unitsExpected).toBe(12);
      expect(d.continuingEducationCentres).toHaveLength(1);
      expect(d.continuingEducationCentres[0].source).toMatch(/SYNTHETIC/);
    });

    it('refuses a call without the gateway signature', async () => {
      const r = await gql(sg.url, '{ targets { id } }');
      expect(r.status).toBe(401);
    });
  });

  describe('target catalogue', () => {
    it('lists every entry of the file with its clause, and filters by year, department and indicator', async () => {
      const all = await gql(sg.url, '{ targets { id clause value wordingVi source } }', {}, { as: analyst });
      expect(all.errors).toBeUndefined();
      expect(all.data.targets.map((t: any) => t.id)).toEqual(loadTargetCatalogue().map((t) => t.id));
      const edu2015 = await gql(sg.url, '{ targets(filter: { year: 2015, department: "education" }) { id targetYear department } }', {}, { as: analyst });
      expect(edu2015.data.targets.length).toBeGreaterThan(5);
      for (const t of edu2015.data.targets) expect(t).toMatchObject({ targetYear: 2015, department: 'education' });
      const byIndicator = await gql(sg.url, '{ targets(filter: { indicator: "EDU_GRADE1_AGE6" }) { id value targetYear } }', {}, { as: analyst });
      expect(byIndicator.data.targets).toEqual([
        { id: 'II.2.1-grade1-age6-2015', value: 99.6, targetYear: 2015 },
        { id: 'II.2.1-grade1-age6-2020', value: 100, targetYear: 2020 },
      ]);
    });

    it('is loaded by the migrations, without demo data', async () => {
      expect(await countRows(fx, 'programme_target')).toBe(loadTargetCatalogue().length);
    });

    it('answers one target with its parent share, and null for an unknown id', async () => {
      const r = await gql(sg.url, '{ target(id: "II.2.1-kindergarten-nonpublic-2020") { clause comparator value unit subShareOf { id value } } none: target(id: "X") { id } }', {}, { as: analyst });
      expect(r.errors).toBeUndefined();
      expect(r.data.target).toEqual({ clause: 'II.2.1', comparator: 'GTE', value: 5, unit: 'percent', subShareOf: { id: 'II.2.1-kindergarten-3-5-2020', value: 95 } });
      expect(r.data.none).toBeNull();
    });
  });

  describe('indicators from exact fixtures', () => {
    it('computes a commune, its district (ratio of sums) and missing data as null, never zero', async () => {
      const a = counts({ childrenUnder3: 200, under3InNursery: 50, literate15To35Male: 890, literate15To35Female: 850 });
      const b = counts({ childrenUnder3: 100, under3InNursery: 40, population15To35Male: 500, population15To35Female: 500, literate15To35Male: 480, literate15To35Female: 450 });
      const imp = await gql(fx.url, IMPORT, { csv: statisticsCsv([{ communeCode: '03646', year: 2016, ...a }, { communeCode: '03649', year: 2016, ...b }]) }, asEditor);
      expect(imp.errors).toBeUndefined();
      expect(imp.data.importEducationStatisticsCsv).toMatchObject({ ok: true, inserted: 2 });

      const r = await gql(fx.url, COMMUNE_YEAR, { r: [cy('03646', 2016), cy('03652', 2016)] }, { as: analyst });
      expect(r.errors).toBeUndefined();
      const [c, missing] = r.data._entities;
      expect(c.preschool.under3InNursery).toMatchObject({ numerator: 50, denominator: 200, value: 25, indicatorCode: 'EDU_NURSERY_UNDER3' });
      expect(c.literacy.literate15To35).toMatchObject({ numerator: 1740, denominator: 1780, value: 97.75 });
      expect(c.literacy.literate15To35Female).toMatchObject({ numerator: 850, denominator: 880, value: 96.59, indicatorCode: null });
      expect(c.educationCounts).toMatchObject({ childrenUnder3: 200, under3InNursery: 50, reportingUnits: 1 });
      expect(c.educationCounts.source).not.toMatch(/SYNTHETIC/);
      expect(byCode(c.educationIndicators, 'EDU_NURSERY_UNDER3').previousValue).toBeNull();
      expect(byCode(missing.educationIndicators, 'EDU_NURSERY_UNDER3')).toMatchObject({ numerator: null, denominator: null, value: null, unitsReporting: 0, unitsExpected: 1 });
      expect(missing.educationCounts).toBeNull();

      const d = await gql(fx.url, `{ _entities(representations: [{ __typename: "DistrictYear", districtCode: "116", year: 2016 }]) { ... on DistrictYear {
        preschool { under3InNursery { ${RATE} } } literacy { literate15To35 { ${RATE} } } educationCounts { childrenUnder3 } } } }`, {}, { as: analyst });
      expect(d.errors).toBeUndefined();
      const dy = d.data._entities[0];
      // (50 + 40) / (200 + 100) = 30%, not the mean of 25% and 40%
      expect(dy.preschool.under3InNursery).toMatchObject({ numerator: 90, denominator: 300, value: 30, unitsReporting: 2, unitsExpected: 12 });
      expect(dy.literacy.literate15To35).toMatchObject({ numerator: 2670, denominator: 2780, value: 96.04 });
      expect(dy.educationCounts).toBeNull();
    });

    it('reads a 2025 commune in 2020 as the sum of its predecessors', async () => {
      const parts = { '04039': 10, '04048': 20, '04051': 30, '04054': 40 } as Record<string, number>;
      const csv = statisticsCsv(Object.entries(parts).map(([communeCode, n]) => ({ communeCode, year: 2020, ...counts({ childrenAge6: 100, age6EnteringGrade1: 100 - n }) })));
      expect((await gql(fx.url, IMPORT, { csv }, asEditor)).data.importEducationStatisticsCsv.ok).toBe(true);
      const r = await gql(fx.url, COMMUNE_YEAR, { r: [cy('04048', 2020, 'CURRENT'), cy('04048', 2020)] }, { as: analyst });
      expect(r.errors).toBeUndefined();
      const [current, reported] = r.data._entities;
      expect(current.grade1Entry).toMatchObject({ numerator: 300, denominator: 400, value: 75, unitsReporting: 4, unitsExpected: 4 });
      expect(reported.grade1Entry).toMatchObject({ numerator: 80, denominator: 100, value: 80, unitsExpected: 1 });
      expect(current.educationCounts.reportingUnits).toBe(4);
    });

    it('pairs each value with the previous year over the same territory', async () => {
      await gql(fx.url, IMPORT, { csv: statisticsCsv([{ communeCode: '03655', year: 2017, ...counts({ under3InNursery: 20 }) }, { communeCode: '03655', year: 2018, ...counts({ under3InNursery: 30 }) }]) }, asEditor);
      const r = await gql(fx.url, COMMUNE_YEAR, { r: [cy('03655', 2018)] }, { as: analyst });
      expect(byCode(r.data._entities[0].educationIndicators, 'EDU_NURSERY_UNDER3')).toMatchObject({ value: 15, previousValue: 10 });
    });

    it('counts continuing-education centres and steering committees against the V.11 deadlines', async () => {
      const centres = `mutation { a: recordContinuingEducationCentre(input: { districtCode: "118", year: 2015, name: "TT GDTX Mường La", alsoVocational: true }) { ok problems { field code } }
        b: recordSteeringCommittee(input: { level: DISTRICT, unitCode: "118", establishedOn: "2013-04-30" }) { ok }
        c: recordSteeringCommittee(input: { level: COMMUNE, unitCode: "03703", establishedOn: "2013-07-01" }) { ok }
        d: recordSteeringCommittee(input: { level: COMMUNE, unitCode: "03706", establishedOn: "2013-06-30" }) { ok } }`;
      const w = await gql(fx.url, centres, {}, asEditor);
      expect(w.errors).toBeUndefined();
      expect([w.data.a.ok, w.data.b.ok, w.data.c.ok, w.data.d.ok]).toEqual([true, true, true, true]);
      const communes = sonLaUnits().districtTerritory('118', 2015);
      expect(communes).toEqual(expect.arrayContaining(['03703', '03706']));
      const r = await gql(fx.url, `{ _entities(representations: [{ __typename: "DistrictYear", districtCode: "118", year: 2015 }, { __typename: "CommuneYear", communeCode: "03703", year: 2015, boundaries: REPORTED }]) {
        ... on DistrictYear { continuingEducationCentresAlsoVocational { ${RATE} } districtCommitteesOnTime { ${RATE} } communeCommitteesOnTime { ${RATE} } steeringCommittees { level unitCode onTime deadline } }
        ... on CommuneYear { communeCommitteesOnTime { ${RATE} } } } }`, {}, { as: analyst });
      expect(r.errors).toBeUndefined();
      const [d, c] = r.data._entities;
      expect(d.continuingEducationCentresAlsoVocational).toMatchObject({ numerator: 1, denominator: 1, value: 100 });
      // Two deadlines, two indicators: the district on its deadline day; 03706 on its deadline day, 03703 one day
      // late; the district's other communes have no record (missing, not late).
      expect(d.districtCommitteesOnTime).toMatchObject({ numerator: 1, denominator: 1, value: 100, unitsReporting: 1, unitsExpected: 1, indicatorCode: 'EDU_DISTRICT_COMMITTEE_ON_TIME' });
      expect(d.communeCommitteesOnTime).toMatchObject({ numerator: 1, denominator: 2, value: 50, unitsReporting: 2, unitsExpected: communes.length, indicatorCode: 'EDU_COMMUNE_COMMITTEE_ON_TIME' });
      expect(d.steeringCommittees).toEqual(expect.arrayContaining([{ level: 'COMMUNE', unitCode: '03703', onTime: false, deadline: '2013-06-30' }]));
      expect(c.communeCommitteesOnTime).toMatchObject({ numerator: 0, denominator: 1, value: 0 });
    });
  });

  describe('writes', () => {
    it('refuses a CSV with one bad row, naming row and field, and writes nothing', async () => {
      const before = await countRows(fx, 'commune_education_year');
      const csv = statisticsCsv([
        { communeCode: '03658', year: 2019, ...counts() },
        { communeCode: '03661', year: 2019, ...counts({ under3InNursery: -3 }) },
      ]);
      const r = await gql(fx.url, IMPORT, { csv }, asEditor);
      expect(r.errors).toBeUndefined();
      const out = r.data.importEducationStatisticsCsv;
      expect(out.ok).toBe(false);
      expect(out.problems).toEqual([expect.objectContaining({ row: 2, field: 'under3InNursery', code: 'NEGATIVE' })]);
      expect(await countRows(fx, 'commune_education_year')).toBe(before);
      const audit = await gql(fx.url, 'query($b: String) { educationAudit(batchId: $b) { nodes { action after } } }', { b: out.batchId }, { as: analyst });
      expect(audit.data.educationAudit.nodes).toHaveLength(1);
      expect(JSON.parse(audit.data.educationAudit.nodes[0].after)).toMatchObject({ result: 'refused' });
    });

    it('codes every kind of bad row', async () => {
      const csv = statisticsCsv([
        { communeCode: '99999', year: 2019, ...counts() },
        { communeCode: '03751', year: 2025, ...counts() },
        { communeCode: '03664', year: 2019, ...counts({ under3InNurseryNonPublic: 51 }) },
        { communeCode: '03664', year: 2009, ...counts() },
        { communeCode: '03667', year: 2019, ...counts() },
        { communeCode: '03667', year: 2019, ...counts() },
        { communeCode: '03670', year: 2019, ...counts({ childrenAge6: 'many' as unknown as number }) },
      ]);
      const out = (await gql(fx.url, IMPORT, { csv }, asEditor)).data.importEducationStatisticsCsv;
      const seen = out.problems.map((p: any) => `${p.row}:${p.field}:${p.code}`);
      expect(seen).toEqual(expect.arrayContaining([
        '1:communeCode:UNKNOWN_COMMUNE',
        '2:communeCode:COMMUNE_NOT_VALID_IN_YEAR',
        '3:under3InNurseryNonPublic:PART_EXCEEDS_WHOLE',
        '4:year:OUT_OF_RANGE',
        '6:communeCode+year:DUPLICATE_ROW',
        '7:childrenAge6:NOT_NUMBER',
      ]));
      expect(out.ok).toBe(false);
      expect(Number((await fx.db.query('SELECT COUNT(*) AS n FROM commune_education_year WHERE year = 2019'))[0].n)).toBe(0);
    });

    it('imports the same good CSV twice: same data, two audited attempts', async () => {
      const csv = statisticsCsv([{ communeCode: '03673', year: 2021, ...counts() }, { communeCode: '03676', year: 2021, ...counts({ childrenUnder3: 300 }) }]);
      const first = (await gql(fx.url, IMPORT, { csv }, asEditor)).data.importEducationStatisticsCsv;
      const snapshot = await fx.db.query('SELECT * FROM commune_education_year WHERE year = 2021 ORDER BY commune_code');
      const second = (await gql(fx.url, IMPORT, { csv }, asEditor)).data.importEducationStatisticsCsv;
      expect(first).toMatchObject({ ok: true, inserted: 2, updated: 0, unchanged: 0 });
      expect(second).toMatchObject({ ok: true, inserted: 0, updated: 0, unchanged: 2 });
      expect(await fx.db.query('SELECT * FROM commune_education_year WHERE year = 2021 ORDER BY commune_code')).toEqual(snapshot);
      const attempts = [];
      for (const b of [first.batchId, second.batchId]) {
        const a = await gql(fx.url, 'query($b: String) { educationAudit(batchId: $b) { nodes { action actor entity after } } }', { b }, { as: analyst });
        attempts.push(...a.data.educationAudit.nodes.filter((x: any) => x.action === 'import'));
      }
      expect(attempts).toHaveLength(2);
      expect(attempts.every((a) => a.actor === 'editor-1' && a.entity === 'EducationStatistics')).toBe(true);
    });

    it('updates a record with before and after in the audit trail; a dry run writes nothing', async () => {
      const input = { communeCode: '03679', year: 2022, ...counts() };
      const rec = `mutation($i: EducationStatisticsInput!) { recordEducationStatistics(input: $i) { ok inserted updated batchId problems { row field code } } }`;
      expect((await gql(fx.url, rec, { i: input }, asEditor)).data.recordEducationStatistics).toMatchObject({ ok: true, inserted: 1 });
      const upd = (await gql(fx.url, rec, { i: { ...input, under3InNursery: 60 } }, asEditor)).data.recordEducationStatistics;
      expect(upd).toMatchObject({ ok: true, updated: 1 });
      const audit = (await gql(fx.url, '{ educationAudit(entityKey: "03679|2022") { nodes { action before after } } }', {}, { as: analyst })).data.educationAudit.nodes;
      expect(audit[0].action).toBe('update');
      expect(JSON.parse(audit[0].before).under3InNursery).toBe(50);
      expect(JSON.parse(audit[0].after).under3InNursery).toBe(60);
      const dry = (await gql(fx.url, IMPORT, { csv: statisticsCsv([{ ...input, under3InNursery: 70 }]), dry: true }, asEditor)).data.importEducationStatisticsCsv;
      expect(dry).toMatchObject({ ok: true, dryRun: true, updated: 1 });
      expect(Number((await fx.db.query("SELECT under3_in_nursery AS n FROM commune_education_year WHERE commune_code = '03679' AND year = 2022"))[0].n)).toBe(60);
      const bad = (await gql(fx.url, rec, { i: { ...input, age6EnteringGrade1: 999 } }, asEditor)).data.recordEducationStatistics;
      expect(bad).toMatchObject({ ok: false, problems: [{ row: 1, field: 'age6EnteringGrade1', code: 'PART_EXCEEDS_WHOLE' }] });
    });

    it('imports learning centres, centres and committees by CSV with their own checks', async () => {
      const clc = `mutation($csv: String!) { importCommunityLearningCentresCsv(csv: $csv) { ok inserted problems { row field code } } }`;
      const bad = await gql(fx.url, clc, { csv: 'communeCode,year,established,establishedOn,rating,learners,activities\n03646,2019,false,,,12,0' }, asEditor);
      expect(bad.data.importCommunityLearningCentresCsv).toMatchObject({ ok: false, problems: [{ row: 1, field: 'learners', code: 'INCONSISTENT' }] });
      const good = await gql(fx.url, clc, { csv: 'communeCode,year,established,establishedOn,rating,learners,activities\n03646,2019,true,2008-05-01,GOOD,400,12\n03649,2019,true,,FAIR,100,3' }, asEditor);
      expect(good.data.importCommunityLearningCentresCsv).toMatchObject({ ok: true, inserted: 2 });
      const ce = await gql(fx.url, 'mutation($csv: String!) { importContinuingEducationCentresCsv(csv: $csv) { ok problems { row field code } } }', { csv: 'districtCode,year,name,alsoVocational\n999,2019,X,true' }, asEditor);
      expect(ce.data.importContinuingEducationCentresCsv.problems).toEqual([{ row: 1, field: 'districtCode', code: 'UNKNOWN_DISTRICT' }]);
      const sc = await gql(fx.url, 'mutation($csv: String!) { importSteeringCommitteesCsv(csv: $csv) { ok problems { row field code } } }', { csv: 'level,unitCode,establishedOn,decisionRef\nCOMMUNE,99999,2013-05-01,\nREGION,14,,\nCOMMUNE,03751,2025-03-01,' }, asEditor);
      expect(sc.data.importSteeringCommitteesCsv.problems).toEqual([
        { row: 1, field: 'unitCode', code: 'UNKNOWN_COMMUNE' },
        { row: 2, field: 'level', code: 'NOT_ALLOWED' },
        { row: 3, field: 'establishedOn', code: 'UNIT_NOT_VALID_ON_DATE' },
      ]);
      const r = await gql(fx.url, `{ _entities(representations: [{ __typename: "DistrictYear", districtCode: "116", year: 2019 }]) { ... on DistrictYear { communityLearningCentres { communes communesReporting established ratedGood ratedFair learners activities } } } }`, {}, { as: analyst });
      expect(r.data._entities[0].communityLearningCentres).toEqual({ communes: 12, communesReporting: 2, established: 2, ratedGood: 1, ratedFair: 1, learners: 500, activities: 15 });
    });

    it('lets only editor:education write, and only signed-in roles read the audit', async () => {
      const csv = statisticsCsv([{ communeCode: '03646', year: 2023, ...counts() }]);
      for (const roles of [['analyst'], ['editor:vocational']]) {
        const r = await gql(fx.url, IMPORT, { csv }, { as: roles as never });
        expect(r.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      }
      expect(Number((await fx.db.query('SELECT COUNT(*) AS n FROM commune_education_year WHERE year = 2023'))[0].n)).toBe(0);
      const anon = await gql(fx.url, '{ educationAudit { nodes { id } } }', {}, { as: ['anonymous'] as never });
      expect(anon.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      const admin = await gql(fx.url, IMPORT, { csv }, { as: ['admin'] as never });
      expect(admin.data.importEducationStatisticsCsv.ok).toBe(true);
    });
  });

  describe('seed and loaders', () => {
    it('seeds SYNTHETIC data for every reporting commune 2012–2024, plausible around the targets', async () => {
      for (const year of [2012, 2015, 2024]) {
        expect(Number((await sg.db.query(`SELECT COUNT(*) AS n FROM commune_education_year WHERE year = ${year}`))[0].n)).toBe(sonLaUnits().reportingCommunes(year).length);
      }
      const r = await gql(sg.url, `{ _entities(representations: [{ __typename: "ProvinceYear", provinceCode: "14", year: 2015 }]) { ... on ProvinceYear {
        preschool { under3InNursery { value } age5InKindergarten { value } } grade1Entry { value } literacy { literate15To35 { value } } educationCounts { source } } } }`, {}, { as: analyst });
      const p = r.data._entities[0];
      expect(p.preschool.under3InNursery.value).toBeGreaterThan(8);
      expect(p.preschool.under3InNursery.value).toBeLessThan(35);
      expect(p.preschool.age5InKindergarten.value).toBeGreaterThan(95);
      expect(p.grade1Entry.value).toBeGreaterThan(95);
      expect(p.literacy.literate15To35.value).toBeGreaterThan(90);
      expect(p.educationCounts.source).toMatch(/SYNTHETIC/);
    });

    it('serves the stored rows of a year as a flat table, per district or for the province', async () => {
      const d = await gql(sg.url, '{ educationStatistics(year: 2015, districtCode: "116") { totalCount nodes { communeCode year updatedAt counts { childrenUnder3 under3InNursery reportingUnits source } } } }', {}, { as: analyst });
      expect(d.errors).toBeUndefined();
      const rows = d.data.educationStatistics.nodes;
      expect(rows.map((r: any) => r.communeCode)).toEqual(sonLaUnits().districtTerritory('116', 2015));
      expect(rows[0].updatedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
      const all = sonLaUnits().reportingCommunes(2015).length;
      const p = await gql(sg.url, '{ educationStatistics(year: 2015, first: 1000) { totalCount pageInfo { hasNextPage } nodes { communeCode } } }', {}, { as: analyst });
      expect(p.data.educationStatistics).toMatchObject({ totalCount: all, pageInfo: { hasNextPage: false } });
      expect(p.data.educationStatistics.nodes).toHaveLength(all);
      // One page is two statements (the count and the keyset page), whatever the number of communes.
      expect(p.sqlStatements).toBe(2);
      const e = await gql(sg.url, '{ _entities(representations: [{ __typename: "DistrictYear", districtCode: "116", year: 2015 }]) { ... on DistrictYear { educationCounts { childrenUnder3 } } } }', {}, { as: analyst });
      const sum = rows.reduce((s: number, r: any) => s + r.counts.childrenUnder3, 0);
      expect(e.data._entities[0].educationCounts.childrenUnder3).toBe(sum);
      expect(rows[0].counts).toMatchObject({ reportingUnits: 1, source: expect.stringMatching(/SYNTHETIC/) });
      const unknown = await gql(sg.url, '{ educationStatistics(year: 2015, districtCode: "999") { totalCount } }', {}, { as: analyst });
      expect(unknown.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    });

    it('keeps the SQL statement count flat from 10 to all communes', async () => {
      const q = `query($r: [_Any!]!) { _entities(representations: $r) { ... on CommuneYear {
        educationIndicators { code value previousValue } preschool { under3InNursery { value } } literacy { literate15To35 { value } } communityLearningCentres { established } } } }`;
      const reps = (n: number) => sonLaUnits().reportingCommunes(2015).slice(0, n).map((u) => cy(u.code, 2015));
      const small = await gql(sg.url, q, { r: reps(10) }, { as: analyst });
      const large = await gql(sg.url, q, { r: reps(204) }, { as: analyst });
      expect(large.errors).toBeUndefined();
      expect(large.data._entities).toHaveLength(204);
      // statistics (both years in one statement), committees, learning centres
      expect(small.sqlStatements).toBe(3);
      expect(large.sqlStatements).toBe(small.sqlStatements);
      const districts = sonLaUnits().allDistricts().map((d) => ({ __typename: 'DistrictYear', districtCode: d.code, year: 2015 }));
      const dq = `query($r: [_Any!]!) { _entities(representations: $r) { ... on DistrictYear { educationIndicators { code value } continuingEducationCentres { name } } } }`;
      const one = await gql(sg.url, dq, { r: districts.slice(0, 1) }, { as: analyst });
      const all = await gql(sg.url, dq, { r: districts }, { as: analyst });
      expect(all.errors).toBeUndefined();
      expect(all.sqlStatements).toBe(one.sqlStatements);
    });
  });
});
