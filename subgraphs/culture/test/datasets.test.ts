import { sonLaUnits } from '@lsp/shared';
import { dbKinds } from '../../../test/testkit';
import { describeDatasetContract } from '../../../test/testkit/dataset-contract';
import { cultureFigures } from '../src/datasets';
import { culture } from '../src/server';

const [C1] = sonLaUnits().districtTerritory('116', 2021);

for (const kind of dbKinds) {
  describeDatasetContract({
    module: culture,
    kind,
    editor: ['editor:culture'],
    cases: [{ dataset: cultureFigures, valid: { communeCode: C1, year: 2016, value: 12, note: 'test' } }],
  });
}
