import type { DocumentNode, ObjectTypeDefinitionNode } from 'graphql';
import type { Role } from '@lsp/shared';
import { dbKinds, gql, startSubgraph, type RunningSubgraph } from '../../../test/testkit';
import { workforce } from '../src/server';
import { A, ROSTER_CSV } from './fixtures';

/**
 * Role × field, table-driven: every root field of the schema (and the guarded fields of Person and CommuneYear) has a
 * rule, and each rule is checked for every role — FORBIDDEN exactly where the rule says. Rules: `open` (aggregates,
 * any caller the gateway lets in, anonymous included), `reader` (a signed-in role), `pii` (workforce:pii or admin),
 * `editor` (editor:workforce or admin), `admin`.
 */
type Rule = 'open' | 'reader' | 'pii' | 'editor' | 'admin';
const ROLES: Array<{ name: string; roles: Role[]; allowed: Rule[] }> = [
  { name: 'anonymous', roles: ['anonymous'], allowed: ['open'] },
  { name: 'analyst', roles: ['analyst'], allowed: ['open', 'reader'] },
  { name: 'workforce:pii', roles: ['workforce:pii'], allowed: ['open', 'reader', 'pii'] },
  { name: 'editor:workforce', roles: ['editor:workforce'], allowed: ['open', 'reader', 'editor'] },
  { name: 'editor:education', roles: ['editor:education'], allowed: ['open', 'reader'] },
  { name: 'admin', roles: ['admin'], allowed: ['open', 'reader', 'pii', 'editor', 'admin'] },
];

const entity = (fields: string) =>
  `query($r: [_Any!]!) { _entities(representations: $r) { ... on CommuneYear { ${fields} } } }`;
const ENTITY_VARS = { r: [{ __typename: 'CommuneYear', communeCode: A, year: 2015, boundaries: 'REPORTED' }] };
const CSV = 'personCode,kind,level,language,supplementary,obtainedOn\nNOBODY,GENERAL_EDUCATION,PRIMARY,,,2000-01-01';

/** field → rule and an operation that reaches it (writes are refused inputs or dry runs: nothing changes). */
const FIELDS: Record<string, { rule: Rule; query: string; vars?: Record<string, unknown> }> = {
  'Query.people': { rule: 'reader', query: '{ people(first: 1) { totalCount } }' },
  'Query.person': { rule: 'reader', query: '{ person(personCode: "A-KC1") { personCode } }' },
  'Query.workforcePostings': { rule: 'reader', query: '{ workforcePostings(first: 1) { totalCount } }' },
  'Query.workforceQualifications': { rule: 'reader', query: '{ workforceQualifications(first: 1) { totalCount } }' },
  'Query.workforceTrainingRecords': { rule: 'reader', query: '{ workforceTrainingRecords(first: 1) { totalCount } }' },
  'Query.positionStandards': { rule: 'open', query: '{ positionStandards { position } }' },
  'Query.workforceAudit': { rule: 'reader', query: '{ workforceAudit(first: 1) { id } }' },
  // A lock names who approved it and why: row-level data.
  'Query.workforcePeriodLocks': { rule: 'reader', query: '{ workforcePeriodLocks { year } }' },
  'Person.fullName': { rule: 'pii', query: '{ person(personCode: "A-KC1") { fullName } }' },
  'Person.dateOfBirth': { rule: 'pii', query: '{ person(personCode: "A-PCS1") { dateOfBirth } }' },
  'CommuneYear.workforcePeople': { rule: 'reader', query: entity('workforcePeople(first: 1) { totalCount }'), vars: ENTITY_VARS },
  'CommuneYear.workforceIndicators': { rule: 'open', query: entity('workforceIndicators { code }'), vars: ENTITY_VARS },
  'CommuneYear.workforce': { rule: 'open', query: entity('workforce { asOf }'), vars: ENTITY_VARS },
  'CommuneYear.workforceLocked': { rule: 'open', query: entity('workforceLocked'), vars: ENTITY_VARS },
  'Mutation.upsertPerson': { rule: 'editor', query: 'mutation { upsertPerson(input: { personCode: "Z", fullName: "", birthYear: 1970, sex: "M", ethnicGroup: "Thái", position: VILLAGE_HEAD, unitCode: "99999", postedFrom: "2011-07-01" }) { ok } }' },
  'Mutation.recordQualification': { rule: 'editor', query: 'mutation { recordQualification(input: { personCode: "NOBODY", kind: GENERAL_EDUCATION, level: "PRIMARY", obtainedOn: "2000-01-01" }) { ok } }' },
  'Mutation.recordTraining': { rule: 'editor', query: 'mutation { recordTraining(input: { personCode: "NOBODY", course: "x", organiser: "y", startedOn: "2015-01-01", result: "PASSED" }) { ok } }' },
  'Mutation.importRosterCsv': { rule: 'editor', query: 'mutation($csv: String!) { importRosterCsv(csv: $csv, dryRun: true) { ok } }', vars: { csv: ROSTER_CSV } },
  'Mutation.importQualificationsCsv': { rule: 'editor', query: 'mutation($csv: String!) { importQualificationsCsv(csv: $csv, dryRun: true) { ok } }', vars: { csv: CSV } },
  'Mutation.importTrainingRecordsCsv': { rule: 'editor', query: 'mutation { importTrainingRecordsCsv(csv: "personCode", dryRun: true) { ok } }' },
  'Mutation.importPositionStandardsCsv': { rule: 'editor', query: 'mutation { importPositionStandardsCsv(csv: "position", dryRun: true) { ok } }' },
  'Mutation.setPositionStandard': { rule: 'editor', query: 'mutation { setPositionStandard(input: { position: DISTRICT_CIVIL_SERVANT, minGeneralEducation: 9, minProfessional: 0, minPoliticalTheory: 0, requiresManagement: false, requiresIt: false, requiresForeignLanguage: false, source: "x" }) { ok } }' },
  'Mutation.deletePerson': { rule: 'editor', query: 'mutation { deletePerson(personCode: "NOBODY") { ok } }' },
  'Mutation.deletePosting': { rule: 'editor', query: 'mutation { deletePosting(personCode: "NOBODY", postedFrom: "2011-07-01") { ok } }' },
  'Mutation.deleteQualification': { rule: 'editor', query: 'mutation { deleteQualification(personCode: "NOBODY", kind: GENERAL_EDUCATION, level: "PRIMARY") { ok } }' },
  'Mutation.deleteTrainingRecord': { rule: 'editor', query: 'mutation { deleteTrainingRecord(personCode: "NOBODY", course: "x", startedOn: "2015-01-01") { ok } }' },
  'Mutation.lockWorkforcePeriod': { rule: 'editor', query: 'mutation { lockWorkforcePeriod(year: 2020, districtCode: "116") { year } }' },
  'Mutation.unlockWorkforcePeriod': { rule: 'admin', query: 'mutation { unlockWorkforcePeriod(year: 2020, districtCode: "116") }' },
};

describe('workforce role × field table', () => {
  it('has a rule for every root field of the schema', () => {
    const doc = workforce.definition.typeDefs as DocumentNode;
    const fieldsOf = (type: string) => doc.definitions
      .filter((d): d is ObjectTypeDefinitionNode => d.kind === 'ObjectTypeDefinition' && d.name.value === type)
      .flatMap((d) => (d.fields ?? []).map((f) => `${type}.${f.name.value}`));
    const roots = [...fieldsOf('Query'), ...fieldsOf('Mutation')];
    expect(Object.keys(FIELDS).filter((f) => f.startsWith('Query.') || f.startsWith('Mutation.')).sort()).toEqual(roots.sort());
    const yearFields = fieldsOf('CommuneYear').filter((f) => !/\.(communeCode|year|boundaries)$/.test(f));
    expect(Object.keys(FIELDS).filter((f) => f.startsWith('CommuneYear.')).sort()).toEqual(yearFields.sort());
  });
});

describe.each(dbKinds)('workforce access by role on %s', (kind) => {
  let sg: RunningSubgraph;
  beforeAll(async () => {
    sg = await startSubgraph(workforce, { kind, seed: false });
    const r = await gql(sg.url, 'mutation($csv: String!) { importRosterCsv(csv: $csv) { ok } }', { csv: ROSTER_CSV }, { as: ['editor:workforce'] });
    expect(r.data.importRosterCsv.ok).toBe(true);
  });
  afterAll(() => sg?.stop());

  const cases = Object.entries(FIELDS).flatMap(([field, f]) => ROLES.map((role) => [field, role.name, f, role] as const));
  it.each(cases)('%s as %s', async (_field, _name, f, role) => {
    const r = await gql(sg.url, f.query, f.vars ?? {}, { as: role.roles });
    const forbidden = (r.errors ?? []).filter((e) => e.extensions?.code === 'FORBIDDEN');
    const others = (r.errors ?? []).filter((e) => e.extensions?.code !== 'FORBIDDEN');
    expect(others).toEqual([]);
    expect(forbidden.length > 0).toBe(!role.allowed.includes(f.rule));
  });
});
