import { ConfigError, parseConfig, subgraphConfigSchema } from './index';

describe('configuration', () => {
  it('applies defaults for a fresh machine (embedded SQLite, development secrets)', () => {
    const cfg = parseConfig(subgraphConfigSchema(4001), {});
    expect(cfg.PORT).toBe(4001);
    expect(cfg.DATABASE_URL).toBeUndefined();
    expect(cfg.SEED_DEMO_DATA).toBe(true);
    expect(cfg.ALLOW_ANONYMOUS_READ).toBe(false);
  });

  it('reports every problem at once, each naming its variable', () => {
    let error: unknown;
    try {
      parseConfig(subgraphConfigSchema(4001), { PORT: 'eighty', DATABASE_URL: 'postgres://x', IDENTITY_SIGNING_SECRET: 'short', ALLOW_ANONYMOUS_READ: 'maybe' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems.join('\n');
    expect((error as ConfigError).problems).toHaveLength(4);
    for (const v of ['PORT', 'DATABASE_URL', 'IDENTITY_SIGNING_SECRET', 'ALLOW_ANONYMOUS_READ']) expect(problems).toContain(v);
  });

  it('accepts a MySQL URL and boolean words', () => {
    const cfg = parseConfig(subgraphConfigSchema(4001), { DATABASE_URL: 'mysql://root@127.0.0.1:3306/lsp_geo', ALLOW_ANONYMOUS_READ: 'yes', PORT: '5001' });
    expect(cfg).toMatchObject({ DATABASE_URL: 'mysql://root@127.0.0.1:3306/lsp_geo', ALLOW_ANONYMOUS_READ: true, PORT: 5001 });
  });
});
