import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase, unitsOf } from '@lsp/shared';
import { cliToken, dbKinds, dropMysqlDatabase, freshDatabaseUrl, quietLog } from '../../../test/testkit';
import { runImportCli } from '../src/import-cli';
import { entities, migrations } from '../src/store';
import { counts, statisticsCsv } from './helpers';

describe.each(dbKinds)('education import CLI on %s', (kind) => {
  const dir = mkdtempSync(join(tmpdir(), 'lsp-edu-cli-'));
  const url = freshDatabaseUrl(kind, 'educli');
  const env = { DATABASE_URL: url, USER: 'tester', LSP_TOKEN: '' };
  beforeAll(async () => {
    env.LSP_TOKEN = await cliToken(['editor:education']);
  });
  const file = (name: string, text: string) => {
    const path = join(dir, name);
    writeFileSync(path, text);
    return path;
  };
  const rows = async () => {
    const db = await openDatabase({ service: 'education', url, entities, migrations, log: quietLog });
    try {
      return Number((await db.query('SELECT COUNT(*) AS n FROM commune_education_year'))[0].n);
    } finally {
      await db.destroy();
    }
  };
  afterAll(() => dropMysqlDatabase(url));

  it('refuses a file with a bad row (exit 1, row and field printed, nothing written), then applies a good one idempotently', async () => {
    const bad = file('bad.csv', statisticsCsv([{ communeCode: '03646', year: 2015, ...counts() }, { communeCode: '03649', year: 2015, ...counts({ age6EnteringGrade1: 80 }) }]));
    const lines: string[] = [];
    expect(await runImportCli(['statistics', bad], env, (l) => lines.push(l))).toBe(1);
    expect(lines.join('\n')).toMatch(/row 2, field age6EnteringGrade1: PART_EXCEEDS_WHOLE/);
    expect(lines.join('\n')).toMatch(/REFUSED, nothing written/);
    expect(await rows()).toBe(0);

    const good = file('good.csv', statisticsCsv([{ communeCode: '03646', year: 2015, ...counts() }, { communeCode: '03649', year: 2015, ...counts() }]));
    const first: string[] = [];
    expect(await runImportCli(['statistics', good], env, (l) => first.push(l))).toBe(0);
    expect(first.join('\n')).toMatch(/applied: 2 rows, 2 inserted/);
    const again: string[] = [];
    expect(await runImportCli(['statistics', good], env, (l) => again.push(l))).toBe(0);
    expect(again.join('\n')).toMatch(/0 inserted, 0 updated, 2 unchanged/);
    expect(await rows()).toBe(2);
  });

  it('checks rows against the provinces of ADMIN_UNITS_PROVINCES, and refuses a code no province has', async () => {
    const langSon = unitsOf(['20']).reportingCommunes(2015)[0].code;
    const csv = file('lang-son.csv', statisticsCsv([{ communeCode: langSon, year: 2015, ...counts() }]));
    const sonLa: string[] = [];
    expect(await runImportCli(['statistics', csv, '--dry-run'], env, (l) => sonLa.push(l))).toBe(1);
    expect(sonLa.join('\n')).toMatch(/row 1, field communeCode: UNKNOWN_COMMUNE/);
    const national: string[] = [];
    expect(await runImportCli(['statistics', csv, '--dry-run'], { ...env, ADMIN_UNITS_PROVINCES: '14,20' }, (l) => national.push(l))).toBe(0);
    expect(national.join('\n')).toMatch(/checked: 1 rows, 1 inserted/);
    const bad: string[] = [];
    expect(await runImportCli(['statistics', csv], { ...env, ADMIN_UNITS_PROVINCES: '14,99' }, (l) => bad.push(l))).toBe(1);
    expect(bad.join('\n')).toMatch(/ADMIN_UNITS_PROVINCES: no province has code "99"/);
  });

  it('prints the usage for an unknown dataset', async () => {
    const lines: string[] = [];
    expect(await runImportCli(['pupils', 'x.csv'], env, (l) => lines.push(l))).toBe(1);
    expect(lines[0]).toMatch(/^usage:/);
    expect(lines.join('\n')).toContain('steering-committees');
  });
});
