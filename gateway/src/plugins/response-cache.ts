import { createHash } from 'node:crypto';
import { HeaderMap, type ApolloServerPlugin, type GraphQLRequestContext } from '@apollo/server';
import { TypeInfo, getNamedType, print, visit, visitWithTypeInfo, type DocumentNode, type GraphQLSchema } from 'graphql';
import { LRUCache } from 'lru-cache';
import { Counter, Gauge, type Registry } from 'prom-client';
import { DATA_VERSION_PATH, type DataVersionAnswer, type Identity, type Logger } from '@lsp/shared';
import { PII_FIELDS } from './audit';
import { subgraphsOf } from './observability';
import type { SharedRedis } from './redis';

/**
 * The gateway's response cache (issue 15): whole answers to read operations, keyed by the question, the caller's
 * roles and the data versions of every subgraph, so that it is exact instead of guessing a lifetime.
 *
 * - **Key**: SHA-256 of the supergraph, the operation text, its operationName, its variables (keys sorted), the
 *   caller's sorted roles and the fingerprint: every subgraph's `GET /data-version` (shared/src/data-version.ts),
 *   asked in parallel when the request arrives. A department's version moves with every write, lock and unlock
 *   by any path (mutation, CSV import, the import command line), with every start of the subgraph, and with the
 *   day; so an answer is only ever served while every department's data is what it was when it was computed.
 *   The versions are read *before* the answer is computed, so a stored answer is never older than its key.
 * - **Never cached**: mutations, answers with errors, operations that select personal fields (each such read is
 *   audited, plugins/audit.ts) or an audit trail, introspection. No answer depends on the caller beyond the roles
 *   (no resolver reads the subject for a read; the audit trails, which name people, are not cached).
 * - **A department that does not answer its version** (down, stopped, its database down, slower than the timeout):
 *   the cache is neither read nor written for that request, which is served normally (and so names the department
 *   in SUBGRAPH_UNAVAILABLE or DATABASE_UNAVAILABLE).
 * - **Memory**: an LRU bounded by bytes (RESPONSE_CACHE_MAX_MB; 0 turns the cache off). An answer is kept as its
 *   parsed object (not as text to parse again on every hit), counted at twice its JSON length: the Sơn La dashboard
 *   (1.0 MB of JSON) measured 1.07× that in the heap, and text outside Latin-1 takes two bytes a character.
 *   Cached answers are frozen: they are shared by every request that hits them.
 * - **Shared between replicas** (REDIS_URL): the local LRU stays the first level; a local miss asks Redis for the same
 *   key (`lsp:rc:<key>`, the answer's JSON), and a hit there is kept locally too (reason `shared`). Every stored answer
 *   is also written to Redis with a TTL (RESPONSE_CACHE_SHARED_TTL_SECONDS; the key moves with the day anyway) and
 *   only when it fits the local bound. The data-version check is the same: an answer is found only under the versions
 *   it was computed with, whichever replica computed it. Redis down or slower than its 500 ms bound: the shared level
 *   is skipped (counted in lsp_redis_errors_total, reason `shared-unavailable` on a local miss), the local level goes on
 *   (exact by the same versions), no request fails for it.
 * - Each answer says `x-response-cache: hit | miss | bypass`; `lsp_response_cache_requests_total{result,reason}`
 *   counts them, `lsp_response_cache_bytes` is the memory held.
 *
 * Why not @apollo/server-plugin-response-cache: it stores only answers whose cache policy has a max-age, which the
 * gateway computes from the subgraphs' Cache-Control headers; using it would mean inventing a lifetime (and turning
 * off the Cache-Control header it would then send to clients, who cannot check the versions) only to have every
 * entry keyed by the versions anyway, and it keeps answers as JSON text parsed again on each hit.
 */
export interface ResponseCacheOptions {
  /** Bytes the cached answers may take; 0 turns the cache off. */
  maxBytes: number;
  /** Subgraph URLs overriding those of the supergraph, by name (as the gateway's own calls). */
  subgraphUrls: Record<string, string>;
  /** How long to wait for the versions before serving without the cache. */
  versionTimeoutMs?: number;
  registry: Registry;
  log: Logger;
  /** The Redis shared by the replicas (REDIS_URL), the second level; none: this process only. */
  redis?: SharedRedis;
  /** Lifetime of an answer in Redis, in seconds (its memory bound with Redis's maxmemory; README "Redis"). */
  sharedTtlSeconds?: number;
}

type Result = 'hit' | 'miss' | 'bypass';
type Reason = 'stored' | 'shared' | 'shared-unavailable' | 'not-stored' | 'disabled' | 'not-executed' | 'mutation' | 'personal-fields' | 'audit-trail' | 'introspection' | 'versions-unavailable';

interface Entry { data: Record<string, unknown>; bytes: number }

export const RESPONSE_CACHE_HEADER = 'x-response-cache';
/** RESPONSE_CACHE_MAX_MB's default (gateway/src/config.ts). */
export const DEFAULT_RESPONSE_CACHE_MAX_MB = 64;
/** RESPONSE_CACHE_SHARED_TTL_SECONDS's default: an hour (a key holds only while no department writes). */
export const DEFAULT_RESPONSE_CACHE_SHARED_TTL_SECONDS = 3600;
const SHARED_PREFIX = 'lsp:rc:';
/** Counted bytes per character of an answer's JSON: a margin over the ~1.07 measured for a parsed dashboard. */
const BYTES_PER_JSON_CHAR = 2;

/** What keeps an operation out of the cache whatever its answer, or null. Walks fragments too. */
export function uncacheableReason(doc: DocumentNode, schema: GraphQLSchema): Reason | null {
  let reason: Reason | null = null;
  const typeInfo = new TypeInfo(schema);
  visit(doc, visitWithTypeInfo(typeInfo, {
    Field(node) {
      const name = node.name.value;
      if (name === '__schema' || name === '__type') reason = 'introspection';
      else if (PII_FIELDS.has(name)) reason = reason ?? 'personal-fields';
      else {
        const type = typeInfo.getType();
        if (/audit/i.test(name) || (type && /Audit/.test(getNamedType(type).name))) reason = reason ?? 'audit-trail';
      }
    },
  }));
  return reason;
}

/** JSON with object keys sorted, so that the same variables written in another order give the same key. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value).sort().filter((k) => (value as Record<string, unknown>)[k] !== undefined)
      .map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

function deepFreeze(value: unknown): void {
  if (!value || typeof value !== 'object' || Object.isFrozen(value)) return;
  Object.freeze(value);
  for (const v of Object.values(value)) deepFreeze(v);
}

const dataVersionUrl = (graphqlUrl: string) => graphqlUrl.replace(/\/graphql\/?$/, '') + DATA_VERSION_PATH;

export function responseCache(opts: ResponseCacheOptions) {
  const timeoutMs = opts.versionTimeoutMs ?? 500;
  const enabled = opts.maxBytes > 0;
  const lru = new LRUCache<string, Entry>({ maxSize: Math.max(1, Math.floor(opts.maxBytes)), sizeCalculation: (e) => Math.max(1, e.bytes) });
  const requests = new Counter({
    name: 'lsp_response_cache_requests_total',
    help: 'GraphQL operations by response cache result (hit, miss, bypass) and reason',
    labelNames: ['result', 'reason'], registers: [opts.registry],
  });
  new Gauge({
    name: 'lsp_response_cache_bytes', help: 'Bytes counted for the answers the response cache holds', registers: [opts.registry],
    collect() { this.set(lru.calculatedSize ?? 0); },
  });
  /** The subgraphs of the supergraph being served, with their data-version URLs, and its hash. */
  let served: { hash: string; subgraphs: Array<{ name: string; url: string }> } = { hash: '', subgraphs: [] };
  const reasons = new WeakMap<DocumentNode, Reason | null>();

  /** Every subgraph's data version, asked in parallel now; undefined when any does not answer in time. */
  const fingerprint = async (): Promise<string[] | undefined> => {
    const { subgraphs } = served;
    if (subgraphs.length === 0) return undefined;
    try {
      return await Promise.all(subgraphs.map(async ({ name, url }) => {
        const res = await fetch(url, { signal: AbortSignal.timeout(timeoutMs) });
        if (!res.ok) throw new Error(`${name}: HTTP ${res.status}`);
        const body = (await res.json()) as Partial<DataVersionAnswer>;
        if (typeof body.version !== 'string') throw new Error(`${name}: no version`);
        return `${name}=${body.version}`;
      }));
    } catch (err) {
      opts.log.debug({ err: (err as Error).message }, 'response cache: a data version did not arrive; served without the cache');
      return undefined;
    }
  };

  const keyOf = (rc: GraphQLRequestContext<{ identity: Identity }>, versions: string[]): string => {
    const roles = [...(rc.contextValue.identity?.roles ?? [])].sort();
    const text = rc.source ?? print(rc.document!);
    const material = JSON.stringify([served.hash, text, rc.operationName ?? null, canonical(rc.request.variables ?? {}), roles, versions]);
    return createHash('sha256').update(material).digest('hex');
  };

  const redis = opts.redis;
  const ttlSeconds = opts.sharedTtlSeconds ?? DEFAULT_RESPONSE_CACHE_SHARED_TTL_SECONDS;
  /** The answer another replica (or this one) stored in Redis; undefined: not there; null: Redis down or failed. */
  const sharedGet = async (key: string): Promise<Entry | undefined | null> => {
    if (!redis!.ready()) {
      redis!.failed('cache-read', new Error('not connected'));
      return null;
    }
    try {
      const text = await redis!.client.get(SHARED_PREFIX + key);
      if (text === null) return undefined;
      const data = JSON.parse(text) as Record<string, unknown>;
      deepFreeze(data);
      return { data, bytes: text.length * BYTES_PER_JSON_CHAR };
    } catch (err) {
      redis!.failed('cache-read', err);
      return null;
    }
  };
  const sharedSet = (key: string, text: string): void => {
    if (!redis!.ready()) {
      redis!.failed('cache-write', new Error('not connected'));
      return;
    }
    redis!.client.set(SHARED_PREFIX + key, text, 'EX', ttlSeconds).catch((err: unknown) => redis!.failed('cache-write', err));
  };

  const plugin: ApolloServerPlugin<{ identity: Identity }> = {
    async serverWillStart() {
      return {
        // A new supergraph (hot reload) starts an empty cache: the answers of the old one are not the new one's.
        schemaDidLoadOrUpdate({ coreSupergraphSdl }) {
          if (!coreSupergraphSdl) return;
          served = {
            hash: createHash('sha256').update(coreSupergraphSdl).digest('hex'),
            subgraphs: subgraphsOf(coreSupergraphSdl).map((s) => ({ name: s.name, url: dataVersionUrl(opts.subgraphUrls[s.name] ?? s.url) })),
          };
          lru.clear();
        },
      };
    },
    async requestDidStart() {
      let result: Result = 'bypass';
      // Until the operation is about to run: refused before it (parse, validation, limits) or the cache is off.
      let reason: Reason = enabled ? 'not-executed' : 'disabled';
      let key: string | undefined;
      return {
        async responseForOperation(rc) {
          if (!enabled || !rc.document) return null;
          if (rc.operation?.operation !== 'query') {
            reason = 'mutation';
            return null;
          }
          let why = reasons.get(rc.document);
          if (why === undefined) reasons.set(rc.document, (why = uncacheableReason(rc.document, rc.schema)));
          if (why) {
            reason = why;
            return null;
          }
          const versions = await fingerprint();
          if (!versions) {
            reason = 'versions-unavailable';
            return null;
          }
          key = keyOf(rc, versions);
          let entry = lru.get(key);
          reason = 'stored';
          if (!entry && redis) {
            const shared = await sharedGet(key);
            if (shared === null) reason = 'shared-unavailable';
            else if (shared) {
              reason = 'shared';
              entry = shared;
              lru.set(key, shared);
            }
          }
          if (!entry) {
            result = 'miss';
            if (reason !== 'shared-unavailable') reason = 'not-stored';
            return null;
          }
          result = 'hit';
          return { body: { kind: 'single', singleResult: { data: entry.data } }, http: { status: undefined, headers: new HeaderMap() } };
        },
        async willSendResponse({ response }) {
          response.http.headers.set(RESPONSE_CACHE_HEADER, result);
          requests.inc({ result, reason });
          if (result !== 'miss' || !key || response.body.kind !== 'single') return;
          const { data, errors } = response.body.singleResult;
          if (errors?.length || !data || (response.http.status ?? 200) !== 200) return;
          const stored = key;
          // After the answer has gone: measuring and freezing it does not delay it.
          setImmediate(() => {
            const text = JSON.stringify(data);
            const bytes = text.length * BYTES_PER_JSON_CHAR;
            deepFreeze(data);
            lru.set(stored, { data, bytes });
            if (redis && bytes <= opts.maxBytes) sharedSet(stored, text);
          });
        },
      };
    },
  };
  return { plugin, enabled, clear: () => lru.clear(), size: () => lru.size };
}
