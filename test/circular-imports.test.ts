import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CIRCULAR_CHECK_ROOTS, findCircles } from './testkit/circular-imports';

/**
 * No module of the gateway, the shared package or the departments imports itself back through others (issue 21,
 * point 5). The folders are listed in testkit/circular-imports.ts (CIRCULAR_CHECK_ROOTS).
 */
describe('circular imports', () => {
  it('finds none in the gateway, shared and the departments', async () => {
    expect(await findCircles(CIRCULAR_CHECK_ROOTS)).toEqual([]);
  }, 120_000);

  describe('the checker itself', () => {
    let dir: string;
    beforeAll(() => {
      dir = mkdtempSync(join(tmpdir(), 'circles-'));
      writeFileSync(join(dir, 'a.ts'), "import { b } from './b';\nexport const a = () => b;\n");
      writeFileSync(join(dir, 'b.ts'), "import { c } from './c';\nexport const b = () => c;\n");
      writeFileSync(join(dir, 'c.ts'), "import { a } from './a';\nexport const c = () => a;\n");
      // A loop closed by a type-only import is a loop too.
      writeFileSync(join(dir, 'server.ts'), "import { route } from './route';\nexport interface Ctx { n: number }\nexport const server = route;\n");
      writeFileSync(join(dir, 'route.ts'), "import type { Ctx } from './server';\nexport const route = (c: Ctx) => c.n;\n");
      writeFileSync(join(dir, 'leaf.ts'), "import { a } from './a';\nexport const leaf = a;\n");
    });
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it('reports a value circle and a type-only circle, and nothing for a module that only imports into one', async () => {
      const circles = (await findCircles(['.'], dir)).map((c) => [...c].sort().join(' '));
      expect(circles.sort()).toEqual(['a.ts b.ts c.ts', 'route.ts server.ts']);
    });
  });
});
