import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createLogger, openDatabase } from '@lsp/shared';
import { cliToken, dbKinds, dropMysqlDatabase, freshDatabaseUrl } from '../../../test/testkit';
import { runImportCli } from '../src/import-cli';
import { entities, migrations } from '../src/store';
import { QUALIFICATIONS_CSV, ROSTER_CSV, ROSTER_HEADER } from './fixtures';

describe.each(dbKinds)('workforce import CLI on %s', (kind) => {
  const dir = mkdtempSync(join(tmpdir(), 'lsp-wf-cli-'));
  const file = (name: string, text: string) => {
    const path = join(dir, name);
    writeFileSync(path, text);
    return path;
  };
  let url: string;
  let token: string;
  beforeAll(async () => {
    url = freshDatabaseUrl(kind, 'workforce');
    token = await cliToken(['editor:workforce']);
  });
  afterAll(() => dropMysqlDatabase(url));

  async function people(): Promise<number> {
    const db = await openDatabase({ service: 'workforce', url, entities, migrations, log: createLogger('t', 'silent') });
    const [{ n }] = await db.query('SELECT COUNT(*) AS n FROM person');
    await db.destroy();
    return Number(n);
  }

  it('refuses a bad file with exit code 1, printing row, field and code, and writes nothing', async () => {
    const lines: string[] = [];
    const bad = file('bad.csv', [ROSTER_HEADER, 'X-1,Tên,,1970,M,Thái,VILLAGE_HEAD,99999,2011-07-01,2025-06-30,'].join('\n'));
    const code = await runImportCli(['roster', bad], { DATABASE_URL: url, LSP_TOKEN: token }, (l) => lines.push(l));
    expect(code).toBe(1);
    expect(lines.join('\n')).toMatch(/row 1, field unitCode: UNKNOWN_COMMUNE/);
    expect(await people()).toBe(0);
  });

  it('imports a roster and its qualifications, then finds the roster unchanged on a second run', async () => {
    const lines: string[] = [];
    const roster = file('roster.csv', ROSTER_CSV);
    expect(await runImportCli(['roster', roster], { DATABASE_URL: url, USER: 'me', LSP_TOKEN: token }, (l) => lines.push(l))).toBe(0);
    expect(lines.join('\n')).toMatch(/applied: 20 rows, 20 inserted/);
    expect(await runImportCli(['qualifications', file('q.csv', QUALIFICATIONS_CSV)], { DATABASE_URL: url, LSP_TOKEN: token }, (l) => lines.push(l))).toBe(0);
    expect(await runImportCli(['roster', roster], { DATABASE_URL: url, LSP_TOKEN: token }, (l) => lines.push(l))).toBe(0);
    expect(lines[lines.length - 1]).toMatch(/0 inserted, 0 updated, 20 unchanged/);
    expect(await people()).toBe(10);
  });

  it('prints usage and exits 1 when misused', async () => {
    const lines: string[] = [];
    expect(await runImportCli(['payroll', 'x.csv'], {}, (l) => lines.push(l))).toBe(1);
    expect(lines[0]).toMatch(/^usage:/);
  });
});
