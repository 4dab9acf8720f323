import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { apiSchemaOf } from '../compose-check';
import { describeDatasets, descriptionFields, withDescriptions, type PublishedDescription } from './datasets';

/** The intake's catalogue from the committed supergraph and the departments' descriptions, without a platform. */
const SUPERGRAPH = join(__dirname, '..', '..', 'supergraph.graphql');
const schema = apiSchemaOf(readFileSync(SUPERGRAPH, 'utf8'));
const ROSTER = ['personCode', 'fullName', 'dateOfBirth', 'birthYear', 'sex', 'ethnicGroup', 'position', 'unitCode', 'postedFrom', 'postedTo', 'areaEthnicLanguage', 'source'];
const roster: PublishedDescription = {
  kebabName: 'roster', titleVi: 'Danh sách cán bộ', importMutation: 'importRosterCsv',
  columns: ROSTER.map((name) => ({ name, labelVi: `nhãn ${name}`, labelEn: name, type: name.startsWith('posted') || name === 'dateOfBirth' ? 'DATE' : 'TEXT' })),
};

describe('intake catalogue', () => {
  it('asks every department that publishes descriptions', () => {
    expect(descriptionFields(schema)).toEqual(['awardsDatasets', 'cultureDatasets', 'educationDatasets', 'programmeDatasets', 'vocationalDatasets', 'workforceDatasets']);
  });

  it('shows the column names until the departments\' words arrive, then their Vietnamese labels and titles', () => {
    const bare = describeDatasets(schema, SUPERGRAPH).find((d) => d.name === 'education-statistics')!;
    expect(bare.columns.find((c) => c.name === 'childrenUnder3')!.labelVi).toBe('childrenUnder3');
    const [labelled] = withDescriptions([bare], [{ kebabName: 'education-statistics', titleVi: 'Thống kê giáo dục', importMutation: 'importEducationStatisticsCsv', columns: [{ name: 'childrenUnder3', labelVi: 'Trẻ dưới 3 tuổi', labelEn: 'Children under 3', type: 'INT' }] }]);
    expect(labelled.titleVi).toBe('Thống kê giáo dục');
    expect(labelled.columns.find((c) => c.name === 'childrenUnder3')!.labelVi).toBe('Trẻ dưới 3 tuổi');
    expect(labelled.columns.find((c) => c.name === 'year')!.labelVi).toBe('year');
  });

  it('finds an import whose input type the names do not give (the roster\'s PersonInput) from the department\'s description, dates typed as dates', () => {
    expect(describeDatasets(schema, SUPERGRAPH).some((d) => d.name === 'roster')).toBe(false);
    const found = describeDatasets(schema, SUPERGRAPH, [roster]).find((d) => d.name === 'roster')!;
    expect(found).toMatchObject({ department: 'workforce', importField: 'importRosterCsv', unitKey: null });
    expect(found.columns.map((c) => c.name)).toEqual(ROSTER);
    expect(found.columns.find((c) => c.name === 'postedFrom')!.kind).toBe('date');
  });
});
