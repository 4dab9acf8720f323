import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '@lsp/shared';
import { cliToken, quietLog } from '../../../test/testkit';
import { runImportCli } from '../src/import-cli';
import { entities, migrations, RecognitionCountStore } from '../src/store';

describe('awards import CLI (SQLite)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'lsp-awards-cli-'));
  const env = { DATABASE_URL: `sqlite:${join(dir, 'awards.sqlite')}`, LOG_LEVEL: 'silent', LSP_TOKEN: '' };
  beforeAll(async () => {
    env.LSP_TOKEN = await cliToken(['editor:awards']);
  });
  const file = (name: string, text: string) => {
    const path = join(dir, name);
    writeFileSync(path, text);
    return path;
  };

  it('applies a valid file, refuses a bad one with row and field, and exits 1 when refused', async () => {
    const lines: string[] = [];
    const good = file('good.csv', 'commune_code,year,title_code,recognised,eligible\n03646,2015,GIA_DINH_HIEU_HOC,700,1000\n');
    expect(await runImportCli(['recognition-counts', good], env, (l) => lines.push(l))).toBe(0);
    expect(lines.join('\n')).toMatch(/applied: 1 rows, 1 inserted/);
    const bad = file('bad.csv', 'commune_code,year,title_code,recognised,eligible\n03646,2016,GIA_DINH_HOC_TAP,900,800\n');
    lines.length = 0;
    expect(await runImportCli(['recognition-counts', bad], env, (l) => lines.push(l))).toBe(1);
    expect(lines.join('\n')).toMatch(/row 1, field recognised: PART_EXCEEDS_WHOLE/);
    expect(await runImportCli(['no-such-kind', bad], env, () => undefined)).toBe(1);
    const db = await openDatabase({ service: 'awards', url: env.DATABASE_URL, entities, migrations, log: quietLog });
    try {
      expect(await new RecognitionCountStore(db).count()).toBe(1);
    } finally {
      await db.destroy();
    }
  });

  it('runs as the verified holder of LSP_TOKEN: no --actor, no token, no other department\'s editor', async () => {
    const good = file('good2.csv', 'commune_code,year,title_code,recognised,eligible\n03646,2015,GIA_DINH_HIEU_HOC,700,1000\n');
    const lines: string[] = [];
    expect(await runImportCli(['recognition-counts', good, '--actor', 'someone-else'], env, (l) => lines.push(l))).toBe(1);
    expect(await runImportCli(['recognition-counts', good], { ...env, LSP_TOKEN: '' }, (l) => lines.push(l))).toBe(1);
    expect(await runImportCli(['recognition-counts', good], { ...env, LSP_TOKEN: 'forged.token.value' }, (l) => lines.push(l))).toBe(1);
    expect(await runImportCli(['recognition-counts', good], { ...env, LSP_TOKEN: await cliToken(['editor:education']) }, (l) => lines.push(l))).toBe(1);
    expect(lines.join('\n')).toMatch(/--actor is not accepted[\s\S]*LSP_TOKEN is not set[\s\S]*REFUSED: LSP_TOKEN[\s\S]*is not editor:awards/);
    const ok: string[] = [];
    expect(await runImportCli(['recognition-counts', good], { ...env, LSP_TOKEN: await cliToken(['editor:awards'], 'ms.hoa@so-vhttdl') }, (l) => ok.push(l))).toBe(0);
    expect(ok.join('\n')).toMatch(/as ms\.hoa@so-vhttdl/);
  });
});
