import { dbKinds } from '../../../test/testkit';
import { describeDatasetContract } from '../../../test/testkit/dataset-contract';
import { positionStandards, qualifications, roster, trainingRecords } from '../src/datasets';
import { workforce } from '../src/server';
import { A } from './fixtures';

const PERSON = { personCode: 'K-0', fullName: 'Lò Văn Kít', dateOfBirth: '1970-02-03', birthYear: 1970, sex: 'M', ethnicGroup: 'Thái', position: 'VILLAGE_HEAD', unitCode: A, postedFrom: '2011-07-01', postedTo: '2025-06-30', areaEthnicLanguage: 'Thái' };

for (const kind of dbKinds) {
  describeDatasetContract({
    module: workforce,
    kind,
    editor: ['editor:workforce'],
    setup: [{ dataset: roster, rows: [PERSON] }],
    // A posting's end may be planned; a qualification obtained in 2099 is refused like any other future date.
    futureAllowed: ['roster.postedTo'],
    cases: [
      { dataset: roster, valid: { ...PERSON, personCode: 'K-1', postedFrom: '2016-07-01', source: 'thử nghiệm' } },
      { dataset: qualifications, valid: { personCode: 'K-0', kind: 'ETHNIC_LANGUAGE', level: 'SPOKEN', language: 'Thái', supplementary: false, obtainedOn: '2010-01-01', source: 'thử nghiệm' } },
      { dataset: trainingRecords, valid: { personCode: 'K-0', course: 'Tin học', organiser: 'Sở Nội vụ', startedOn: '2015-03-01', endedOn: '2015-03-20', result: 'PASSED', source: 'thử nghiệm' } },
      {
        dataset: positionStandards,
        valid: { position: 'DISTRICT_CIVIL_SERVANT', minGeneralEducation: 3, minProfessional: 4, minPoliticalTheory: 1, requiresManagement: false, requiresIt: true, requiresForeignLanguage: false, source: 'thử nghiệm' },
      },
    ],
  });
}
