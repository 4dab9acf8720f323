import { copyFileSync, mkdtempSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { composeServices } from '@apollo/composition';
import { parse } from 'graphql';
import { SUBGRAPHS, SUPERGRAPH_FILE, defaultUrlOf, schemaFileOf } from '../gateway/src/subgraphs';
import { gql, startSubgraph } from './testkit';
import { loadSubgraphModule, startPlatform, type RunningPlatform } from './testkit/platform';

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
    const services = SUBGRAPHS.map((s) => {
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

/** A valid supergraph in which geography no longer publishes the given Province field. */
function supergraphWithout(field: 'sources' | 'name'): string {
  const pattern = field === 'sources' ? /\n\s*"Where the administrative-unit data comes from."\n\s*sources: \[String!\]!/ : null;
  const services = SUBGRAPHS.map((s) => {
    let sdl = readFileSync(schemaFileOf(s.name), 'utf8');
    if (s.name === 'geography' && pattern) sdl = sdl.replace(pattern, '');
    return { name: s.name, url: defaultUrlOf(s), typeDefs: parse(sdl) };
  });
  const composed = composeServices(services);
  expect(composed.errors).toBeUndefined();
  return composed.supergraphSdl!;
}

describe('supergraph hot reload as deployments do it', () => {
  let p: RunningPlatform;
  let dir: string;
  let file: string;
  let original: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'lsp-supergraph-'));
    file = join(dir, 'supergraph.graphql');
    original = readFileSync(SUPERGRAPH_FILE, 'utf8');
    writeFileSync(file, original);
    p = await startPlatform({ supergraphPath: file, watchSupergraph: true });
  });
  afterAll(() => p?.stop());

  const replaceAtomically = (content: string, tag: string) => {
    const tmp = join(dir, `.supergraph.${tag}.tmp`);
    writeFileSync(tmp, content);
    renameSync(tmp, file);
  };

  it('follows atomic replaces (mv over the file), one after another', async () => {
    const token = await p.token(['analyst']);
    const asksSources = async () => !((await gql(p.gatewayUrl, '{ province(code: "14") { sources } }', {}, { bearer: token })).errors);
    expect(await asksSources()).toBe(true);
    const without = supergraphWithout('sources');
    for (let round = 0; round < 3; round += 1) {
      replaceAtomically(without, `a${round}`);
      expect(await until(async () => !(await asksSources()))).toBe(true);
      replaceAtomically(original, `b${round}`);
      expect(await until(asksSources)).toBe(true);
    }
  });

  it('retries a supergraph refused while a subgraph was down, and loads it when the subgraph is back', async () => {
    const token = await p.token(['analyst']);
    const asksSources = async () => !((await gql(p.gatewayUrl, '{ province(code: "14") { sources } }', {}, { bearer: token })).errors);
    expect(await until(asksSources)).toBe(true);
    const awards = p.subgraphs.awards;
    const port = Number(new URL(awards.url).port);
    await p.stopSubgraph('awards');
    replaceAtomically(supergraphWithout('sources'), 'while-down');
    // The health check of the new supergraph fails while awards is down: the previous one keeps serving.
    expect(await asksSources()).toBe(true);
    const back = await startSubgraph(loadSubgraphModule('awards'), { databaseUrl: awards.databaseUrl, port, seed: false });
    try {
      expect(await until(async () => !(await asksSources()), 40_000)).toBe(true);
    } finally {
      await back.stop();
    }
  });
});
