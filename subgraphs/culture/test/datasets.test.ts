import { sonLaUnits } from '@lsp/shared';
import { dbKinds } from '../../../test/testkit';
import { describeDatasetContract } from '../../../test/testkit/dataset-contract';
import { bookCabinets, cultureCommunes } from '../src/datasets';
import { culture } from '../src/server';

const [C1] = sonLaUnits().districtTerritory('116', 2021);

for (const kind of dbKinds) {
  describeDatasetContract({
    module: culture,
    kind,
    editor: ['editor:culture'],
    cases: [
      { dataset: bookCabinets, valid: { communeCode: C1, year: 2016, holderKind: 'HOUSEHOLD', cabinets: 120, books: 2400, readers: 300 } },
      { dataset: cultureCommunes, valid: { communeCode: C1, year: 2016, households: 900, population: 4000, libraries: 1, libraryBooks: 800, culturalHouses: 9, culturalHousesForLearning: 4 } },
    ],
  });
}
