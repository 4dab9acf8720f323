import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { composeServices } from '@apollo/composition';
import { parse } from 'graphql';
import { SUBGRAPHS, SUPERGRAPH_FILE, defaultUrlOf, schemaFileOf } from '../gateway/src/subgraphs';
import { gql } from './testkit';
import { startPlatform, type RunningPlatform } from './testkit/platform';

const until = async (check: () => Promise<boolean>, ms = 15000) => {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await check()) return true;
    await new Promise((r) => setTimeout(r, 200));
  }
  return false;
};

describe('supergraph hot reload', () => {
  let p: RunningPlatform;
  let file: string;
  beforeAll(async () => {
    file = join(mkdtempSync(join(tmpdir(), 'lsp-supergraph-')), 'supergraph.graphql');
    copyFileSync(SUPERGRAPH_FILE, file);
    p = await startPlatform({ supergraphPath: file, watchSupergraph: true });
  });
  afterAll(() => p?.stop());

  it('keeps serving the old supergraph when the new file is broken, and loads a good one', async () => {
    const token = await p.token(['analyst']);
    const ask = () => gql(p.gatewayUrl, '{ province(code: "14") { name sources } }', {}, { bearer: token });
    expect((await ask()).errors).toBeUndefined();

    writeFileSync(file, 'this is not a supergraph');
    await new Promise((r) => setTimeout(r, 1500));
    const still = await ask();
    expect(still.errors).toBeUndefined();
    expect(still.data.province.name).toBe('Tỉnh Sơn La');

    // A valid supergraph in which geography no longer publishes Province.sources.
    const services = SUBGRAPHS.filter((s) => s.composed).map((s) => {
      let sdl = readFileSync(schemaFileOf(s.name), 'utf8');
      if (s.name === 'geography') sdl = sdl.replace(/\n\s*"Where the administrative-unit data comes from."\n\s*sources: \[String!\]!/, '');
      return { name: s.name, url: defaultUrlOf(s), typeDefs: parse(sdl) };
    });
    const composed = composeServices(services);
    expect(composed.errors).toBeUndefined();
    writeFileSync(file, composed.supergraphSdl!);
    const reloaded = await until(async () => ((await ask()).errors?.[0]?.message ?? '').includes('sources'));
    expect(reloaded).toBe(true);
    const r = await gql(p.gatewayUrl, '{ province(code: "14") { name } }', {}, { bearer: token });
    expect(r.data.province.name).toBe('Tỉnh Sơn La');
  });
});
