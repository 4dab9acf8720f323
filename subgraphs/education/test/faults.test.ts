import { sonLaUnits } from '@lsp/shared';
import { analyst, dbKinds, dropMysqlDatabase, freshDatabaseUrl, gql, startSubgraph } from '../../../test/testkit';
import { relayTo } from '../../../test/testkit/database-relay';
import { education } from '../src/server';
import { counts } from './helpers';

const [C1] = sonLaUnits().districtTerritory('116', 2015);
const EDITOR = { as: ['editor:education' as const] };

/** MariaDB: reached through a relay the test then cuts. SQLite: the data source is closed. */
describe.each(dbKinds)('education with its database gone (%s)', (kind) => {
  it('answers DATABASE_UNAVAILABLE naming the department, never host, port or SQL', async () => {
    const direct = freshDatabaseUrl(kind, 'education');
    let relay: Awaited<ReturnType<typeof relayTo>> | undefined;
    let databaseUrl = direct;
    if (kind === 'mysql') {
      relay = await relayTo(new URL(direct));
      const u = new URL(direct);
      u.port = String(relay.port);
      databaseUrl = u.toString();
    }
    const sg = await startSubgraph(education, { kind, seed: false, databaseUrl });
    if (relay) relay.cut();
    else await sg.db.destroy();
    try {
      for (const q of ['{ educationStatistics(year: 2015) { totalCount } }', '{ _entities(representations: [{ __typename: "ProvinceYear", provinceCode: "14", year: 2015 }]) { ... on ProvinceYear { educationIndicators { code value } } } }']) {
        const r = await gql(sg.url, q, {}, { as: analyst });
        expect(r.errors?.[0].extensions).toMatchObject({ code: 'DATABASE_UNAVAILABLE', department: 'education' });
        const text = JSON.stringify(r.errors);
        expect(text).not.toMatch(/127\.0\.0\.1|3306|sqlite|SELECT|ECONN/i);
        if (relay) expect(text).not.toContain(String(relay.port));
      }
      const w = await gql(sg.url, 'mutation($i: EducationStatisticsInput!) { recordEducationStatistics(input: $i) { ok } }', { i: { communeCode: C1, year: 2015, ...counts() } }, EDITOR);
      expect(w.errors?.[0].extensions).toMatchObject({ code: 'DATABASE_UNAVAILABLE', department: 'education' });
    } finally {
      await new Promise<void>((r) => sg.server.close(() => r()));
      if (relay) await sg.db.destroy().catch(() => undefined);
      await dropMysqlDatabase(direct);
    }
  });
});
