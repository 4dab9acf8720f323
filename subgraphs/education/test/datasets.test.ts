import { sonLaUnits } from '@lsp/shared';
import { dbKinds } from '../../../test/testkit';
import { describeDatasetContract } from '../../../test/testkit/dataset-contract';
import { communityLearningCentres, continuingEducationCentres, educationStatistics, steeringCommittees } from '../src/datasets';
import { education } from '../src/server';
import { counts } from './helpers';

const [C1] = sonLaUnits().districtTerritory('116', 2015);

for (const kind of dbKinds) {
  describeDatasetContract({
    module: education,
    kind,
    editor: ['editor:education'],
    cases: [
      { dataset: educationStatistics, valid: { communeCode: C1, year: 2016, ...counts() } },
      {
        dataset: communityLearningCentres,
        valid: { communeCode: C1, year: 2016, established: true, establishedOn: '2010-05-01', rating: 'GOOD', learners: 120, activities: 9 },
      },
      { dataset: continuingEducationCentres, valid: { districtCode: '116', year: 2016, name: 'TT GDTX thử nghiệm', alsoVocational: true } },
      { dataset: steeringCommittees, valid: { level: 'DISTRICT', unitCode: '116', establishedOn: '2013-04-01', decisionRef: 'QĐ 12/QĐ-UBND' } },
    ],
  });
}
