import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readSubgraphList, SUBGRAPHS } from './subgraphs';

const write = (body: unknown) => {
  const file = join(mkdtempSync(join(tmpdir(), 'lsp-subgraphs-')), 'subgraphs.json');
  writeFileSync(file, JSON.stringify(body));
  return file;
};

describe('the subgraph list data file', () => {
  it('lists every subgraph folder the gateway composes, geography first', () => {
    expect(SUBGRAPHS[0]).toEqual({ name: 'geography', port: 4001 });
    expect(SUBGRAPHS.map((s) => s.name)).toEqual(expect.arrayContaining(['education', 'vocational', 'workforce', 'awards', 'culture', 'programme']));
  });

  it('reads a new entry without any code change', () => {
    const port = Math.max(...SUBGRAPHS.map((s) => s.port)) + 1;
    const file = write({ subgraphs: [...SUBGRAPHS, { name: 'probe', port }] });
    expect(readSubgraphList(file).at(-1)).toEqual({ name: 'probe', port });
  });

  it.each([
    [{ subgraphs: 'geography' }, /must be a list/],
    [{ subgraphs: [{ name: 'Geo-graphy', port: 4001 }] }, /subgraphs\[0\]\.name/],
    [{ subgraphs: [{ name: 'geography', port: 70000 }] }, /subgraphs\[0\]\.port/],
    [{ subgraphs: [{ name: 'a', port: 4001 }, { name: 'a', port: 4002 }] }, /name a is listed twice/],
    [{ subgraphs: [{ name: 'a', port: 4001 }, { name: 'b', port: 4001 }] }, /port 4001 is listed twice/],
  ])('refuses a malformed list %j', (body, message) => {
    expect(() => readSubgraphList(write(body))).toThrow(message);
  });
});
