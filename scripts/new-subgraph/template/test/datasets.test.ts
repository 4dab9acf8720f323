import { sonLaUnits } from '@lsp/shared';
import { dbKinds } from '../../../test/testkit';
import { describeDatasetContract } from '../../../test/testkit/dataset-contract';
import { __dept__Figures } from '../src/datasets';
import { __dept__ } from '../src/server';

const [C1] = sonLaUnits().districtTerritory('116', 2021);

for (const kind of dbKinds) {
  describeDatasetContract({
    module: __dept__,
    kind,
    editor: ['editor:__dept__'],
    cases: [{ dataset: __dept__Figures, valid: { communeCode: C1, year: 2016, value: 12, note: 'test' } }],
  });
}
