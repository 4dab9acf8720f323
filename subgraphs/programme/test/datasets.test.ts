import { sonLaUnits } from '@lsp/shared';
import { dbKinds } from '../../../test/testkit';
import { describeDatasetContract } from '../../../test/testkit/dataset-contract';
import { programmeFigures } from '../src/datasets';
import { programme } from '../src/server';

const [C1] = sonLaUnits().districtTerritory('116', 2021);

for (const kind of dbKinds) {
  describeDatasetContract({
    module: programme,
    kind,
    editor: ['editor:programme'],
    cases: [{ dataset: programmeFigures, valid: { communeCode: C1, year: 2016, value: 12, note: 'test' } }],
  });
}
