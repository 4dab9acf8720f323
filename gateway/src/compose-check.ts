import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Supergraph } from '@apollo/federation-internals';
import {
  buildSchema, findBreakingChanges, findDangerousChanges, lexicographicSortSchema, printSchema, type GraphQLSchema,
} from 'graphql';
import { repoRoot } from './subgraphs';

/**
 * Independent releases: a department may change its subgraph, but not silently break the clients of the
 * published API. The API schema composed now is compared with the published one (graphql-js
 * `findBreakingChanges`): a removed or renamed field, a type or nullability change that breaks clients, a
 * new required argument, a removed enum value... Each break must be listed, with its reason, in the
 * reviewed file of accepted breaks; any other break fails `npm run compose:check`.
 */
export const PUBLISHED_API_FILE = join(repoRoot, 'gateway', 'published-api.graphql');
export const ACCEPTED_BREAKS_FILE = join(repoRoot, 'gateway', 'accepted-breaking-changes.json');

export interface AcceptedBreak {
  /** The change exactly as the check names it, e.g. "GradeBand.grade was removed." */
  change: string;
  /** Why clients can live with it (and how they were told). */
  reason: string;
  /** Who accepted it: an issue, a person, a release. */
  acceptedBy: string;
}

export interface SchemaChange {
  type: string;
  description: string;
}

/** The API schema (what clients see) of a supergraph SDL, sorted so that order changes are no change. */
export function apiSchemaOf(supergraphSdl: string): GraphQLSchema {
  return lexicographicSortSchema(Supergraph.build(supergraphSdl).apiSchema().toGraphQLJSSchema());
}

export function printApiSchema(supergraphSdl: string): string {
  return `${printSchema(apiSchemaOf(supergraphSdl))}\n`;
}

/** The published API: the committed baseline file, or the supergraph committed at a git revision. */
export function publishedApi(base?: string): { schema: GraphQLSchema; from: string } | undefined {
  if (base) {
    const sdl = execFileSync('git', ['show', `${base}:gateway/supergraph.graphql`], { cwd: repoRoot, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    return { schema: apiSchemaOf(sdl), from: `gateway/supergraph.graphql at ${base}` };
  }
  if (!existsSync(PUBLISHED_API_FILE)) return undefined;
  return { schema: buildSchema(readFileSync(PUBLISHED_API_FILE, 'utf8')), from: 'gateway/published-api.graphql' };
}

export function readAcceptedBreaks(file = ACCEPTED_BREAKS_FILE): AcceptedBreak[] {
  if (!existsSync(file)) return [];
  const list = JSON.parse(readFileSync(file, 'utf8')) as unknown;
  if (!Array.isArray(list)) throw new Error(`${file}: must be a JSON array of { change, reason, acceptedBy }`);
  list.forEach((e: Partial<AcceptedBreak>, i) => {
    if (!e || typeof e.change !== 'string' || typeof e.reason !== 'string' || !e.reason.trim() || typeof e.acceptedBy !== 'string' || !e.acceptedBy.trim()) {
      throw new Error(`${file}: entry ${i + 1} needs "change", a non-empty "reason" and "acceptedBy"`);
    }
  });
  return list as AcceptedBreak[];
}

export interface BreakingReport {
  /** Breaks not accepted: the check fails on any. */
  refused: SchemaChange[];
  accepted: Array<SchemaChange & { reason: string }>;
  /** Changes that may surprise clients without breaking them (a new enum value, a new optional argument). */
  dangerous: SchemaChange[];
  /** Accepted entries that no longer match any change (can be removed at the next release). */
  unused: AcceptedBreak[];
}

export function compareApis(published: GraphQLSchema, current: GraphQLSchema, accepted: AcceptedBreak[]): BreakingReport {
  const breaks = findBreakingChanges(published, current).map((c) => ({ type: c.type, description: c.description }));
  const byChange = new Map(accepted.map((a) => [a.change, a]));
  const used = new Set<string>();
  const report: BreakingReport = { refused: [], accepted: [], dangerous: [], unused: [] };
  for (const b of breaks) {
    const ok = byChange.get(b.description);
    if (ok) {
      used.add(ok.change);
      report.accepted.push({ ...b, reason: ok.reason });
    } else report.refused.push(b);
  }
  report.dangerous = findDangerousChanges(published, current).map((c) => ({ type: c.type, description: c.description }));
  report.unused = accepted.filter((a) => !used.has(a.change));
  return report;
}
