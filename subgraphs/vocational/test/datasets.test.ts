import { sonLaUnits } from '@lsp/shared';
import { dbKinds } from '../../../test/testkit';
import { describeDatasetContract } from '../../../test/testkit/dataset-contract';
import { labourForce, trainingProviders, vocationalCourses } from '../src/datasets';
import { vocational } from '../src/server';

const [C1] = sonLaUnits().districtTerritory('116', 2015);

for (const kind of dbKinds) {
  describeDatasetContract({
    module: vocational,
    kind,
    editor: ['editor:vocational'],
    setup: [{ dataset: trainingProviders, rows: [{ code: 'PX-1', name: 'Trung tâm thử nghiệm', kind: 'VOCATIONAL_CENTRE', districtCode: '116' }] }],
    cases: [
      { dataset: trainingProviders, valid: { code: 'PX-2', name: 'HTX thử nghiệm', kind: 'COOPERATIVE', districtCode: '116', source: 'thử nghiệm' } },
      {
        dataset: vocationalCourses,
        valid: {
          code: 'C-1', providerCode: 'PX-1', occupation: 'Dệt thổ cẩm', level: 'UNDER_3_MONTHS', ruralLabourProgramme: true, year: 2016,
          communeCode: C1, sex: 'FEMALE', ethnicGroup: 'Thái', enrolled: 20, graduated: 18, source: 'thử nghiệm',
        },
      },
      {
        dataset: labourForce,
        valid: {
          communeCode: C1, year: 2016, workingAgePopulation: 3000, agriculturalWorkers: 2000, vocationallyTrainedWorkers: 1500,
          agriculturalWorkersTrainingAccess: 1800, technologyTransferWorkers: 2400, technologyTransferAgriculture: 2000,
          technologyTransferForestry: 500, technologyTransferTourism: 100, technologyTransferProcessing: 300, source: 'thử nghiệm',
        },
      },
    ],
  });
}
