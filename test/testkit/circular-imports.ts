import { join, relative } from 'node:path';
import { SUBGRAPHS } from '../../gateway/src/subgraphs';

/**
 * Circular imports found by madge (a maintained dependency-graph tool, engines node >= 18; chosen over dpdm for its
 * plain programmatic API: `madge(paths, config).circular()`). Type-only imports count: a loop of types is still a
 * loop of modules that cannot be understood, moved or tested apart, and TypeScript erasing it today does not keep
 * it erased (a value import added later turns it into a load-order bug).
 */
export const REPO_ROOT = join(__dirname, '..', '..');

/**
 * Source folders checked for circles: the gateway, the shared package and every subgraph of gateway/subgraphs.json
 * (a scaffolded department is checked from the start; education's circle went with the score-parts redesign, issue 23).
 */
export const CIRCULAR_CHECK_ROOTS = ['gateway/src', 'shared/src', ...SUBGRAPHS.map((s) => `subgraphs/${s.name}/src`)];

interface MadgeResult {
  circular(): string[][];
}
type Madge = (paths: string | string[], config: Record<string, unknown>) => Promise<MadgeResult>;
// madge ships no type declarations: the one call used here, typed.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const madge = require('madge') as Madge;

/** Every import circle under the given folders (absolute or relative to `base`), each as paths relative to `base`. */
export async function findCircles(folders: string[], base = REPO_ROOT): Promise<string[][]> {
  const res = await madge(folders.map((f) => join(base, f)), {
    baseDir: base,
    fileExtensions: ['ts'],
    // Tests, generated declarations and build output are not the code's structure.
    excludeRegExp: [/\.test\.ts$/, /\.d\.ts$/, /(^|\/)dist\//, /(^|\/)node_modules\//],
    tsConfig: join(REPO_ROOT, 'tsconfig.json'),
    detectiveOptions: { ts: { skipTypeImports: false }, es6: { skipTypeImports: false } },
  });
  return res.circular().map((cycle) => cycle.map((p) => relative(base, join(base, p))));
}
