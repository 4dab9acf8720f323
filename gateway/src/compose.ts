import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { composeServices } from '@apollo/composition';
import { parse } from 'graphql';
import { gatewayIdentityConcern, loadConfigOrExit, signForwardedIdentity, signingKeyFromPem, IDENTITY_HEADER } from '@lsp/shared';
import { ACCEPTED_BREAKS_FILE, PUBLISHED_API_FILE, apiSchemaOf, compareApis, printApiSchema, publishedApi, readAcceptedBreaks } from './compose-check';
import { SUBGRAPHS, SUPERGRAPH_FILE, defaultUrlOf, schemaFileOf, type SubgraphEntry } from './subgraphs';

/**
 * Composes the supergraph from every composed subgraph's schema.graphql (@apollo/composition) into
 * gateway/supergraph.graphql. `--check` fails when composition fails, when the API breaks clients of the
 * published one (compose-check.ts) beyond the accepted breaks, or when the committed file is stale.
 * `sdls` replaces schema files by name (a pipeline composing what is about to be deployed).
 */
export function composeSupergraph(
  sdls: Record<string, string> = {},
  /** Another checkout's list and schema files (the scaffold's test composes a temporary copy of the repository). */
  at: { subgraphs: SubgraphEntry[]; schemaFileOf: (name: string) => string } = { subgraphs: SUBGRAPHS, schemaFileOf },
): { supergraphSdl?: string; errors: string[]; hints: string[] } {
  const services = at.subgraphs.map((s) => ({
    name: s.name,
    url: defaultUrlOf(s),
    typeDefs: parse(sdls[s.name] ?? readFileSync(at.schemaFileOf(s.name), 'utf8')),
  }));
  const result = composeServices(services);
  if (result.errors) return { errors: result.errors.map((e) => e.message), hints: [] };
  return { supergraphSdl: result.supergraphSdl, errors: [], hints: result.hints.map((h) => h.toString()) };
}

/**
 * Each running subgraph's own schema, from `_service { sdl }` (what is deployed, not what is in the
 * repository). Subgraphs answer only signed identities, so the request is signed like the gateway's.
 */
export async function fetchRunningSdls(urls: Record<string, string>, identityPrivateKey: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  const key = signingKeyFromPem(identityPrivateKey);
  const request = JSON.stringify({ query: '{ _service { sdl } }' });
  for (const [name, url] of Object.entries(urls)) {
    // Signed like the gateway, for this subgraph and this body; a role, since subgraphs refuse role-less identities.
    const identity = await signForwardedIdentity({ sub: 'compose', roles: ['analyst'] }, { key, audience: name, body: request });
    const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', [IDENTITY_HEADER]: identity }, body: request });
    const body = (await res.json()) as { data?: { _service?: { sdl?: string } }; errors?: Array<{ message: string }> };
    const sdl = body.data?._service?.sdl;
    if (!sdl) throw new Error(`${name} at ${url} gave no _service.sdl: ${body.errors?.map((e) => e.message).join('; ') ?? `HTTP ${res.status}`}`);
    out[name] = sdl;
  }
  return out;
}

/** `--name value` and `--name=value`, repeatable. */
function options(argv: string[], name: string): string[] {
  const out: string[] = [];
  argv.forEach((a, i) => {
    if (a === `--${name}` && argv[i + 1]) out.push(argv[i + 1]);
    else if (a.startsWith(`--${name}=`)) out.push(a.slice(name.length + 3));
  });
  return out;
}
const pairs = (list: string[]) => Object.fromEntries(list.map((p) => [p.slice(0, p.indexOf('=')), p.slice(p.indexOf('=') + 1)]));

async function main(argv: string[]): Promise<number> {
  const check = argv.includes('--check');
  const release = argv.includes('--release');
  const base = options(argv, 'base')[0];
  // --subgraph-schema education=path/to/schema.graphql: compose a candidate schema instead of the committed one.
  const sdls = Object.fromEntries(Object.entries(pairs(options(argv, 'subgraph-schema'))).map(([n, f]) => [n, readFileSync(f, 'utf8')]));
  if (argv.includes('--from-running')) {
    // --url geography=http://host:4001/graphql overrides the default routing URL of a subgraph.
    const given = pairs(options(argv, 'url'));
    const urls = Object.fromEntries(SUBGRAPHS.map((s) => [s.name, given[s.name] ?? defaultUrlOf(s)]));
    Object.assign(sdls, await fetchRunningSdls(urls, loadConfigOrExit(gatewayIdentityConcern).IDENTITY_PRIVATE_KEY));
  }
  const { supergraphSdl, errors } = composeSupergraph(sdls);
  if (errors.length || !supergraphSdl) {
    console.error(`Composition failed:\n${errors.map((e) => `  - ${e}`).join('\n')}`);
    return 1;
  }
  const committed = existsSync(SUPERGRAPH_FILE) ? readFileSync(SUPERGRAPH_FILE, 'utf8') : '';
  if (check || release) {
    let failed = false;
    const published = publishedApi(base);
    if (published) {
      const report = compareApis(published.schema, apiSchemaOf(supergraphSdl), readAcceptedBreaks());
      for (const a of report.accepted) console.log(`accepted breaking change: ${a.description} (${a.reason})`);
      for (const d of report.dangerous) console.log(`note (not breaking): ${d.type}: ${d.description}`);
      for (const u of report.unused) console.log(`note: accepted break no longer seen: ${u.change}`);
      if (report.refused.length) {
        failed = true;
        console.error(`Breaking changes against ${published.from}:\n${report.refused.map((r) => `  - ${r.type}: ${r.description}`).join('\n')}`);
        console.error(`Keep the old field (deprecate it with @deprecated), or accept each break with its reason in gateway/accepted-breaking-changes.json (see README, "Independent releases").`);
      }
    } else console.log('no published API yet (gateway/published-api.graphql): nothing to compare with');
    if (check && Object.keys(sdls).length === 0 && committed !== supergraphSdl) {
      failed = true;
      console.error('gateway/supergraph.graphql is stale: run `npm run compose` and commit it');
    }
    if (failed) return 1;
    if (release) {
      writeFileSync(PUBLISHED_API_FILE, printApiSchema(supergraphSdl));
      writeFileSync(ACCEPTED_BREAKS_FILE, '[]\n');
      console.log(`wrote ${PUBLISHED_API_FILE}; accepted breaks cleared (they are now the published API)`);
      return 0;
    }
    console.log(Object.keys(sdls).length ? 'candidate schemas compose without unaccepted breaking changes' : 'supergraph is up to date, no unaccepted breaking change');
    return 0;
  }
  if (Object.keys(sdls).length && !argv.includes('--write')) {
    process.stdout.write(supergraphSdl);
    return 0;
  }
  writeFileSync(SUPERGRAPH_FILE, supergraphSdl);
  if (!existsSync(PUBLISHED_API_FILE)) writeFileSync(PUBLISHED_API_FILE, printApiSchema(supergraphSdl));
  console.log(`wrote ${SUPERGRAPH_FILE} (${SUBGRAPHS.map((s) => s.name).join(', ')})`);
  return 0;
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (err) => {
      console.error(err instanceof Error ? err.message : err);
      process.exit(1);
    },
  );
}
