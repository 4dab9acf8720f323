import type { Role } from '@lsp/shared';
import { analyst, dbKinds, gql, startSubgraph, type RunningSubgraph } from './testkit';
import { loadSubgraphModule } from './testkit/platform';

/**
 * A connection's `deleted` (tombstones) honours the connection's year and district filters, in every department
 * (issue 21, point 5): a BI tool pulling district 116 of 2015 with updatedSince learns the deletions of district
 * 116 in 2015, not those of another district or year. Each case reads one seeded (SYNTHETIC) row of district A in
 * year Y through the connection, deletes it through the department's mutation, then asks the same connection
 * with updatedSince: under (A, Y) the key is listed; under another district (B) or year it is not.
 */
const A = '116';
const B = '118';
const Y = 2015;

interface Case {
  department: string;
  /** Connection field; `args(district, year)` gives its filter arguments. */
  list: string;
  args: (district: string, year: number) => string;
  /** Whether the connection takes a year (a year filter is then checked too). */
  yearly: boolean;
  nodeFields: string;
  /** The deletion of a node, and the key its tombstone carries. */
  remove: (n: Record<string, any>) => string;
  key: (n: Record<string, any>) => string;
}

const yearArgs = (d: string, y: number) => `year: ${y}, districtCode: "${d}"`;
const CASES: Case[] = [
  {
    department: 'vocational', list: 'labourForceRows', args: yearArgs, yearly: true, nodeFields: 'communeCode year',
    remove: (n) => `deleteLabourForce(communeCode: "${n.communeCode}", year: ${n.year})`, key: (n) => `${n.communeCode}|${n.year}`,
  },
  {
    department: 'vocational', list: 'courseEnrolmentRows', args: yearArgs, yearly: true, nodeFields: 'courseCode communeCode sex ethnicGroup',
    remove: (n) => `deleteCourseEnrolment(courseCode: "${n.courseCode}", communeCode: "${n.communeCode}", sex: ${n.sex}, ethnicGroup: "${n.ethnicGroup}")`,
    key: (n) => `${n.courseCode}|${n.communeCode}|${n.sex}|${n.ethnicGroup}`,
  },
  {
    department: 'vocational', list: 'vocationalCourses', args: yearArgs, yearly: true, nodeFields: 'code',
    remove: (n) => `deleteVocationalCourse(code: "${n.code}")`, key: (n) => n.code,
  },
  {
    department: 'awards', list: 'recognitionCounts', args: yearArgs, yearly: true, nodeFields: 'communeCode year title { code }',
    remove: (n) => `deleteRecognitionCount(communeCode: "${n.communeCode}", year: ${n.year}, titleCode: "${n.title.code}")`,
    key: (n) => `${n.communeCode}|${n.year}|${n.title.code}`,
  },
  {
    department: 'awards', list: 'assessments', args: yearArgs, yearly: true, nodeFields: 'subjectCode year title { code }',
    remove: (n) => `deleteAssessment(subjectCode: "${n.subjectCode}", year: ${n.year}, titleCode: "${n.title.code}")`,
    key: (n) => `${n.subjectCode}|${n.year}|${n.title.code}`,
  },
  {
    department: 'awards', list: 'commendations', args: yearArgs, yearly: true, nodeFields: 'reference',
    remove: (n) => `deleteCommendation(reference: "${n.reference}")`, key: (n) => n.reference,
  },
  {
    department: 'education', list: 'educationStatistics', args: yearArgs, yearly: true, nodeFields: 'communeCode year',
    remove: (n) => `deleteEducationStatistics(communeCode: "${n.communeCode}", year: ${n.year})`, key: (n) => `${n.communeCode}|${n.year}`,
  },
  {
    department: 'education', list: 'communityLearningCentres', args: yearArgs, yearly: true, nodeFields: 'communeCode year',
    remove: (n) => `deleteCommunityLearningCentre(communeCode: "${n.communeCode}", year: ${n.year})`, key: (n) => `${n.communeCode}|${n.year}`,
  },
  {
    department: 'education', list: 'continuingEducationCentres', args: yearArgs, yearly: true, nodeFields: 'districtCode year',
    remove: (n) => `deleteContinuingEducationCentre(districtCode: "${n.districtCode}", year: ${n.year})`, key: (n) => `${n.districtCode}|${n.year}`,
  },
  {
    department: 'workforce', list: 'workforcePostings', args: (d) => `districtCode: "${d}"`, yearly: false, nodeFields: 'personCode postedFrom',
    remove: (n) => `deletePosting(personCode: "${n.personCode}", postedFrom: "${n.postedFrom}")`, key: (n) => `${n.personCode}|${n.postedFrom}`,
  },
  {
    // deletePerson is refused while qualifications or training records remain: those go first (mutations run in order).
    department: 'workforce', list: 'people', args: (d) => `filter: { districtCode: "${d}" }`, yearly: false,
    nodeFields: 'personCode qualifications { kind level language } trainings { course startedOn }',
    remove: (n) => [
      ...n.qualifications.map((q: any, i: number) => `q${i}: deleteQualification(personCode: "${n.personCode}", kind: ${q.kind}, level: ${JSON.stringify(q.level)}${q.language ? `, language: ${JSON.stringify(q.language)}` : ''}) { ok }`),
      ...n.trainings.map((t: any, i: number) => `t${i}: deleteTrainingRecord(personCode: "${n.personCode}", course: ${JSON.stringify(t.course)}, startedOn: "${t.startedOn}") { ok }`),
      `deletePerson(personCode: "${n.personCode}")`,
    ].join(' '),
    key: (n) => n.personCode,
  },
];

const departments = [...new Set(CASES.map((c) => c.department))];

describe.each(dbKinds)('deleted rows honour the year and district filters of their connection, on %s', (kind) => {
  describe.each(departments)('%s', (department) => {
    let sg: RunningSubgraph;
    const editor = { as: { sub: 'tombstone-test', roles: [`editor:${department}` as Role] } };
    beforeAll(async () => {
      sg = await startSubgraph(loadSubgraphModule(department) as never, { kind });
    }, 180_000);
    afterAll(() => sg?.stop());

    it.each(CASES.filter((c) => c.department === department).map((c) => [c.list, c]))('%s', async (_name, c) => {
      const read = async (district: string, year: number, since?: string) => {
        const r = await gql(sg.url, `{ ${c.list}(${c.args(district, year)}${since ? `, updatedSince: "${since}"` : ''}, first: 1) { nodes { ${c.nodeFields} } deleted { key } } }`, {}, { as: analyst });
        expect(r.errors).toBeUndefined();
        return r.data[c.list] as { nodes: Array<Record<string, any>>; deleted: Array<{ key: string }> };
      };
      const [node] = (await read(A, Y)).nodes;
      expect(node).toBeDefined();
      const since = new Date(Date.now() - 1000).toISOString();
      const del = await gql(sg.url, `mutation { ${c.remove(node)} { ok problems { field code message } } }`, {}, editor);
      expect(del.errors).toBeUndefined();
      for (const result of Object.values(del.data)) expect(result).toMatchObject({ ok: true });
      const key = c.key(node);
      expect((await read(A, Y, since)).deleted.map((d) => d.key)).toContain(key);
      expect((await read(B, Y, since)).deleted.map((d) => d.key)).not.toContain(key);
      if (c.yearly) expect((await read(A, Y + 1, since)).deleted.map((d) => d.key)).not.toContain(key);
    });
  });
});
