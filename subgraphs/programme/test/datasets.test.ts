import { dbKinds } from '../../../test/testkit';
import { describeDatasetContract } from '../../../test/testkit/dataset-contract';
import { clcTrainings, funding, learningNeeds, learningWeeks, taskReports } from '../src/datasets';
import { programme } from '../src/server';

for (const kind of dbKinds) {
  describeDatasetContract({
    module: programme,
    kind,
    editor: ['editor:programme'],
    cases: [
      { dataset: taskReports, valid: { taskId: 'V.4-2', year: 2016, status: 'DONE', reportedOn: '2016-12-20', evidence: 'Công văn hướng dẫn', reporter: 'Sở Tài chính' } },
      { dataset: funding, valid: { year: 2016, unitCode: '116', source: 'TT96_CLC_SUPPORT', planned: 200000000, allocated: 180000000, spent: 150000000 } },
      { dataset: learningWeeks, valid: { year: 2016, districtCode: '116', events: 4, participantsPupils: 900, participantsCadres: 120, participantsWorkers: 300, participantsOther: 80 } },
      { dataset: learningNeeds, valid: { year: 2016, districtCode: '116', respondentGroup: 'CADRES', topic: 'IT', respondents: 40 } },
      { dataset: clcTrainings, valid: { year: 2016, districtCode: '116', traineeRole: 'REPORTER', sessions: 2, trainees: 30 } },
    ],
  });
}
