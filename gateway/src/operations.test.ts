import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { parse, validate } from 'graphql';
import { apiSchemaOf } from './compose-check';
import { loadOperations } from './operations';

describe('persisted operations', () => {
  it('loads every file under gateway/operations with its title and example variables', () => {
    const ops = loadOperations();
    expect(ops.map((o) => o.name)).toEqual(expect.arrayContaining(['learning-society-dashboard', 'target-progress', 'district-drilldown']));
    const dashboard = ops.find((o) => o.name === 'learning-society-dashboard')!;
    expect(dashboard.operationName).toBe('LearningSocietyDashboard');
    expect(dashboard.exampleVariables).toEqual({ province: '14', year: 2015 });
    for (const op of ops) expect(op.title.length).toBeGreaterThan(10);
  });

  it('every operation is valid against the committed supergraph, so the README, explorer, report and exports never show a broken query', () => {
    const api = apiSchemaOf(readFileSync(join(__dirname, '..', 'supergraph.graphql'), 'utf8'));
    for (const op of loadOperations()) {
      expect({ name: op.name, errors: validate(api, parse(op.document)).map((e) => e.message) }).toEqual({ name: op.name, errors: [] });
    }
  });

  it('refuses a file with two operations or no title', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ops-'));
    writeFileSync(join(dir, 'two.graphql'), '# title: Two operations in one file\nquery A { a }\nquery B { b }\n');
    expect(() => loadOperations(dir)).toThrow(/exactly one named operation/);
    const dir2 = mkdtempSync(join(tmpdir(), 'ops-'));
    writeFileSync(join(dir2, 'untitled.graphql'), 'query A { a }\n');
    expect(() => loadOperations(dir2)).toThrow(/title/);
  });
});
