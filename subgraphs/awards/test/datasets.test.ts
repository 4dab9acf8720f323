import { sonLaUnits } from '@lsp/shared';
import { dbKinds } from '../../../test/testkit';
import { describeDatasetContract } from '../../../test/testkit/dataset-contract';
import { assessments, commendations, recognitionCounts } from '../src/datasets';
import { awards } from '../src/server';

const [C1] = sonLaUnits().districtTerritory('116', 2021);

for (const kind of dbKinds) {
  describeDatasetContract({
    module: awards,
    kind,
    editor: ['editor:awards'],
    cases: [
      { dataset: recognitionCounts, valid: { communeCode: C1, year: 2016, titleCode: 'GIA_DINH_HOC_TAP', recognised: 1, eligible: 2 } },
      {
        dataset: assessments,
        valid: {
          subjectCode: 'DV-T', subjectName: 'Trường T', unitKind: 'Trường tiểu học', communeCode: C1, year: 2021, titleCode: 'DON_VI_HOC_TAP',
          score: 85, grade: 'TOT', recognised: true, assessingBody: 'Hội Khuyến học', decisionRef: 'QĐ 9/2022', recognisedOn: '2022-03-01',
        },
      },
      {
        dataset: commendations,
        valid: {
          reference: 'X#1', year: 2016, awardedOn: '2016-12-01', recipientKind: 'INDIVIDUAL', recipientName: 'Nguyễn Văn A', communeCode: C1,
          title: 'Giấy khen', level: 'DISTRICT', issuedBy: 'UBND huyện', learningSocietyCriterion: true, reason: 'Gia đình hiếu học',
        },
      },
    ],
  });
}
