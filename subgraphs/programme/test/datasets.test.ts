import { dbKinds } from '../../../test/testkit';
import { describeDatasetContract } from '../../../test/testkit/dataset-contract';
import { funding, taskReports } from '../src/datasets';
import { programme } from '../src/server';

for (const kind of dbKinds) {
  describeDatasetContract({
    module: programme,
    kind,
    editor: ['editor:programme'],
    cases: [
      { dataset: taskReports, valid: { taskId: 'V.4-2', year: 2016, status: 'DONE', reportedOn: '2016-12-20', evidence: 'Công văn hướng dẫn', reporter: 'Sở Tài chính' } },
      { dataset: funding, valid: { year: 2016, unitCode: '116', source: 'TT96_CLC_SUPPORT', planned: 200000000, allocated: 180000000, spent: 150000000 } },
    ],
  });
}
