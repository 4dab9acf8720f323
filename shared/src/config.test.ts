import { generateKeyPairSync } from 'node:crypto';
import { createServer } from 'node:http';
import { ConfigError, DEV_IDENTITY_PUBLIC_KEY, FETCH_BAD_PORTS, gatewayIdentityConcern, jwtConcern, parseConfig, serverConcern, subgraphConfigSchema } from './index';

describe('configuration', () => {
  it('applies defaults for a fresh machine (embedded SQLite, development secrets)', () => {
    const cfg = parseConfig(subgraphConfigSchema(4001), {});
    expect(cfg.PORT).toBe(4001);
    expect(cfg.DATABASE_URL).toBeUndefined();
    expect(cfg.SEED_DEMO_DATA).toBe(true);
    expect(cfg.IDENTITY_PUBLIC_KEY).toBe(DEV_IDENTITY_PUBLIC_KEY);
  });

  it('reports every problem at once, each naming its variable', () => {
    let error: unknown;
    try {
      parseConfig(subgraphConfigSchema(4001), { PORT: 'eighty', DATABASE_URL: 'postgres://x', IDENTITY_PUBLIC_KEY: 'short', SEED_DEMO_DATA: 'maybe' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems.join('\n');
    expect((error as ConfigError).problems).toHaveLength(4);
    for (const v of ['PORT', 'DATABASE_URL', 'IDENTITY_PUBLIC_KEY', 'SEED_DEMO_DATA']) expect(problems).toContain(v);
  });

  it('accepts a MySQL URL and boolean words', () => {
    const cfg = parseConfig(subgraphConfigSchema(4001), { DATABASE_URL: 'mysql://root@127.0.0.1:3306/lsp_geo', SEED_DEMO_DATA: 'no', PORT: '5001' });
    expect(cfg).toMatchObject({ DATABASE_URL: 'mysql://root@127.0.0.1:3306/lsp_geo', SEED_DEMO_DATA: false, PORT: 5001 });
  });
});

describe('ports fetch() refuses', () => {
  const problemsOf = (env: Record<string, string>) => {
    try {
      parseConfig(subgraphConfigSchema(4001), env);
      return [];
    } catch (e) {
      return (e as ConfigError).problems;
    }
  };

  it('refuses a Fetch-blocked port (4190, sieve) naming the variable; its neighbours and 0 (any free port) are fine', () => {
    expect(problemsOf({ PORT: '4190' })).toEqual([expect.stringMatching(/^PORT: 4190 is one of the Fetch standard's blocked ports/)]);
    for (const ok of ['4189', '4191', '0']) expect(problemsOf({ PORT: ok })).toEqual([]);
  });

  it("the list is the one this Node's fetch() enforces: each listed port fails as a bad port before connecting", async () => {
    const causes = await Promise.all([...FETCH_BAD_PORTS].map((p) => fetch(`http://127.0.0.1:${p}/`).then(() => 'answered', (e) => (e as { cause?: Error }).cause?.message)));
    expect(new Set(causes)).toEqual(new Set(['bad port']));
    // A port not listed is connected to (a server of the test's own, on a free port).
    const server = createServer((_req, res) => res.end('ok'));
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    try {
      const { port } = server.address() as { port: number };
      expect(FETCH_BAD_PORTS.has(port)).toBe(false);
      expect(await (await fetch(`http://127.0.0.1:${port}/`, { headers: { connection: 'close' } })).text()).toBe('ok');
    } finally {
      server.close();
    }
  });
});

describe('production refuses unsafe configuration', () => {
  const gatewaySchema = serverConcern(4000).extend(jwtConcern.shape).extend(gatewayIdentityConcern.shape);
  const problemsOf = (schema: Parameters<typeof parseConfig>[0], env: Record<string, string>) => {
    try {
      parseConfig(schema, env);
      return [];
    } catch (e) {
      return (e as ConfigError).problems;
    }
  };
  const keys = generateKeyPairSync('ed25519');
  const privatePem = keys.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
  const publicPem = keys.publicKey.export({ type: 'spki', format: 'pem' }).toString();

  it('names every missing secret of the gateway at once', () => {
    const problems = problemsOf(gatewaySchema, { NODE_ENV: 'production' });
    expect(problems).toHaveLength(3);
    for (const v of ['IDENTITY_PRIVATE_KEY', 'OIDC_ISSUER', 'OIDC_AUDIENCE']) expect(problems.join('\n')).toContain(`${v}: missing`);
  });
  it('refuses the development key even when set explicitly, and reports format problems alongside', () => {
    const problems = problemsOf(subgraphConfigSchema(4001), { NODE_ENV: 'production', IDENTITY_PUBLIC_KEY: DEV_IDENTITY_PUBLIC_KEY, PORT: 'x' });
    expect(problems.join('\n')).toMatch(/IDENTITY_PUBLIC_KEY: is the development default/);
    expect(problems.join('\n')).toMatch(/PORT/);
  });
  it('starts with real secrets (a key given on one line with \\n)', () => {
    const cfg = parseConfig(gatewaySchema, {
      NODE_ENV: 'production', IDENTITY_PRIVATE_KEY: privatePem.replace(/\n/g, '\\n'), OIDC_ISSUER: 'https://id.example.test', OIDC_AUDIENCE: 'lsp',
    });
    expect(cfg.IDENTITY_PRIVATE_KEY).toBe(privatePem.trim());
    expect(parseConfig(subgraphConfigSchema(4001), { NODE_ENV: 'production', IDENTITY_PUBLIC_KEY: publicPem }).IDENTITY_PUBLIC_KEY).toBe(publicPem.trim());
  });
  it('keeps development defaults outside production', () => {
    expect(problemsOf(gatewaySchema, {})).toEqual([]);
  });
});
