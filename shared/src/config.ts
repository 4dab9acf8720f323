import { join } from 'node:path';
import { z } from 'zod';
import { parseProvinceSelection, type ProvinceSelection } from './national-units';

/**
 * Configuration is parsed once, at start-up, from the environment: here (loadConfigOrExit), by an import command's
 * entry point (runImportCommandFromProcess) and by the launcher gateway/src/start-platform.ts, which passes the
 * environment on to the processes it starts. No other module reads process.env.
 * Each concern has its own schema; a service composes the ones it needs.
 */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

/** Development, test or production: production refuses unsafe settings and turns off developer conveniences. */
export const modeConcern = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
});

/**
 * The Fetch standard's "bad ports" (https://fetch.spec.whatwg.org/#port-blocking): Node's fetch() (undici, on Node 22
 * and 24 alike) fails with "bad port" before connecting to one, and browsers refuse them too. A service listening on
 * one answers curl but never the launcher's readiness check, the gateway's explorer or a test's fetch (4190, sieve,
 * was the Node 22 smoke's gateway port: its launcher waited for ever), so the configuration refuses them.
 */
export const FETCH_BAD_PORTS: ReadonlySet<number> = new Set([
  1, 7, 9, 11, 13, 15, 17, 19, 20, 21, 22, 23, 25, 37, 42, 43, 53, 69, 77, 79, 87, 95, 101, 102, 103, 104, 109, 110, 111,
  113, 115, 117, 119, 123, 135, 137, 139, 143, 161, 179, 389, 427, 465, 512, 513, 514, 515, 526, 530, 531, 532, 540,
  548, 554, 556, 563, 587, 601, 636, 989, 990, 993, 995, 1719, 1720, 1723, 2049, 3659, 4045, 4190, 5060, 5061, 6000,
  6566, 6665, 6666, 6667, 6668, 6669, 6679, 6697, 10080,
]);
export const fetchBadPortMessage = (port: number) =>
  `${port} is one of the Fetch standard's blocked ports: fetch() (Node's and browsers') refuses to connect to it; choose another`;

const port = (fallback: number) => z.coerce.number().int().min(0).max(65535)
  .refine((p) => !FETCH_BAD_PORTS.has(p), { error: (issue) => fetchBadPortMessage(Number(issue.input)) })
  .default(fallback);

export const serverConcern = (defaultPort: number) =>
  z.object({
    PORT: port(defaultPort),
    HOST: z.string().min(1).default('127.0.0.1'),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  }).extend(modeConcern.shape);

export const databaseConcern = z.object({
  /** mysql://user:pass@host:port/db for MySQL/MariaDB; sqlite:<path> or unset for the embedded default. */
  DATABASE_URL: z
    .string()
    .regex(/^(mysql|mariadb|sqlite):/, 'must start with mysql://, mariadb:// or sqlite:')
    .optional(),
  /** Folder of the embedded SQLite files; default: data/ at the repository root, whichever package starts. */
  DATA_DIR: z.string().min(1).default(join(__dirname, '..', '..', 'data')),
  /** Seed synthetic demo data into an empty database on start. */
  SEED_DEMO_DATA: bool.default(true),
});

export const unitsConcern = z.object({
  /**
   * A whole unit set of the shared/data/admin-units.json shape (tests, experiments). When set it WINS: the units
   * are read from that file alone and ADMIN_UNITS_PROVINCES is not read.
   */
  ADMIN_UNITS_FILE: z.string().min(1).optional(),
  /**
   * Which provinces every service serves (national-units.ts): `14` (default) = Sơn La alone, exactly as before the
   * national catalogues; `all` = every province of Viet Nam; or a comma list of GSO province codes ("01,14"). A code
   * loads the province of today it lies in with every province that one was formed from. Unknown codes are refused.
   */
  ADMIN_UNITS_PROVINCES: z
    .string()
    .default('14')
    .transform((v, ctx): ProvinceSelection => {
      try {
        return parseProvinceSelection(v);
      } catch (e) {
        // The issue is reported under the variable's name already (parseConfig): not twice.
        ctx.addIssue({ code: 'custom', message: (e as Error).message.replace(/^ADMIN_UNITS_PROVINCES:? /, '') });
        return z.NEVER;
      }
    }),
});

/**
 * Development key pair for the gateway-to-subgraph identity (Ed25519). It is public in this source file, so
 * anyone can sign with it: production refuses to start while either half is in use (productionProblems).
 */
export const DEV_IDENTITY_PRIVATE_KEY = `-----BEGIN PRIVATE KEY-----
MC4CAQAwBQYDK2VwBCIEIC0pX0PEORR1qvvc81oo1HCGJz2e7W3b0BmwgDr3OXir
-----END PRIVATE KEY-----`;
export const DEV_IDENTITY_PUBLIC_KEY = `-----BEGIN PUBLIC KEY-----
MCowBQYDK2VwAyEAYS5OOGZ5rVfGTadbvrssP1qHoqJEgMTaor5gBwneZp4=
-----END PUBLIC KEY-----`;
export const DEV_API_KEY_PEPPER = 'dev-api-key-pepper (development default: set a real secret in production)';
export const DEV_JWT_SECRET = 'dev-jwt-secret (development default: set a real secret in production)';

/** A PEM key given in one environment line may carry literal "\n" for its line breaks. */
const pem = (kind: 'PRIVATE' | 'PUBLIC') =>
  z
    .string()
    .transform((v) => v.replace(/\\n/g, '\n').trim())
    .refine((v) => v.includes(`-----BEGIN ${kind} KEY-----`), `must be a PEM ${kind.toLowerCase()} key (-----BEGIN ${kind} KEY-----)`);

/** Gateway side of the forwarded identity: the private key it signs each subgraph call with. */
export const gatewayIdentityConcern = z.object({
  /** Ed25519 private key (PKCS#8 PEM); only the gateway holds it. */
  IDENTITY_PRIVATE_KEY: pem('PRIVATE').default(DEV_IDENTITY_PRIVATE_KEY),
  /** Lifetime of a forwarded identity: long enough for one subgraph call, too short to be worth capturing. */
  IDENTITY_TOKEN_TTL_SECONDS: z.coerce.number().int().min(1).max(60).default(30),
  /** Allow requests without a token to read aggregates (role "anonymous"). */
  ALLOW_ANONYMOUS_READ: bool.default(false),
});

export const SUBGRAPH_MAX_BODY_BYTES_DEFAULT = 4 * 1024 * 1024;

/** Subgraph side: the gateway's public key (verifies, cannot sign) and the largest request body it reads. */
export const identityConcern = z.object({
  /** Ed25519 public key (SPKI PEM) matching the gateway's IDENTITY_PRIVATE_KEY. */
  IDENTITY_PUBLIC_KEY: pem('PUBLIC').default(DEV_IDENTITY_PUBLIC_KEY),
  /**
   * Largest request body a subgraph reads, after the identity is verified. The largest legitimate body is
   * the gateway's entity fetch (@requires) over every commune: 0.5 MB for Sơn La's 200 communes, measured by
   * test/trust.e2e.test.ts; the default leaves 8× headroom. A national-scale unit set (benchmarks) needs
   * about 26 MB: set 32 MB there (README "Limits").
   */
  SUBGRAPH_MAX_BODY_BYTES: z.coerce.number().int().min(1024).default(SUBGRAPH_MAX_BODY_BYTES_DEFAULT),
  /** Who executes the subgraph's operations (jit-executor.ts): graphql-jit ('jit', default) or graphql-js. */
  SUBGRAPH_EXECUTOR: z.enum(['jit', 'graphql-js']).default('jit'),
});

/** People's bearer tokens: local HS256 tokens in development, an OpenID Connect provider in production. */
export const jwtConcern = z.object({
  /** HS256 secret for local bearer tokens (development and tests only; refused in production). */
  JWT_SECRET: z.string().min(16, 'must be at least 16 characters').default(DEV_JWT_SECRET),
  JWT_ISSUER: z.string().min(1).default('son-la-learning-society-platform'),
  /** OpenID Connect issuer URL; its JWKS is found through /.well-known/openid-configuration. */
  OIDC_ISSUER: z.string().url().optional(),
  /** The audience people's access tokens must carry for this platform. */
  OIDC_AUDIENCE: z.string().min(1).optional(),
  /** JWKS URL, when the provider's discovery document should not be used. */
  OIDC_JWKS_URL: z.string().url().optional(),
  /** Claim holding the platform roles (a list of role names, or a space-separated string). */
  OIDC_ROLES_CLAIM: z.string().min(1).default('roles'),
});

/** BI tools' API keys, stored hashed in the gateway's own database. */
export const apiKeyConcern = z.object({
  /** Secret the stored API-key hashes are keyed with (HMAC-SHA256): a copy of the database alone verifies nothing. */
  API_KEY_PEPPER: z.string().min(16, 'must be at least 16 characters').default(DEV_API_KEY_PEPPER),
});

/** Command-line tools that act through the gateway: who runs them is the verified holder of this token. */
export const cliConcern = z.object({
  /** The caller's bearer token (a person's OIDC token, or a development token). */
  LSP_TOKEN: z.string().min(1).optional(),
  LSP_GATEWAY_URL: z.string().url().default('http://127.0.0.1:4000'),
});

const posInt = (fallback: number) => z.coerce.number().int().min(1).default(fallback);

/**
 * The gateway's protections; defaults documented in README "Limits" (every README query passes them).
 * Each is one environment variable so an operator can tighten or loosen one without a rebuild.
 */
export const gatewayLimitsConcern = z.object({
  LIMIT_MAX_DEPTH: posInt(12),
  LIMIT_MAX_ALIASES: posInt(30),
  LIMIT_MAX_TOKENS: posInt(2000),
  LIMIT_MAX_DIRECTIVES: posInt(20),
  /** Estimated resolved fields, lists counted at their `first` argument or their typical size (limits.ts). */
  LIMIT_MAX_COST: posInt(100_000),
  /**
   * Depth of an introspection selection (`__schema`, `__type`), in fields, fragments flattened: the
   * explorer's (GraphiQL's) own introspection query is 15 deep (gateway/src/plugins/limits.test.ts).
   */
  LIMIT_MAX_INTROSPECTION_DEPTH: posInt(15),
  /** Selections once every fragment spread is expanded (Apollo Server's maxRecursiveSelections). */
  LIMIT_MAX_SELECTIONS: posInt(10_000),
  LIMIT_MAX_BODY_BYTES: posInt(2 * 1024 * 1024),
  /** An intake upload (POST /intake/<dataset>, one XLSX or CSV file); larger is 413. */
  LIMIT_MAX_UPLOAD_BYTES: posInt(10 * 1024 * 1024),
  /** Data rows of one intake upload (a district has at most a few dozen communes a year). */
  LIMIT_MAX_UPLOAD_ROWS: posInt(10_000),
  /** What an uploaded workbook may inflate to (its ZIP entries, as read): above it, a ZIP bomb, 413. */
  LIMIT_MAX_UNZIPPED_BYTES: posInt(100 * 1024 * 1024),
  /** Requests per identity (or per address without one) in each window. */
  RATE_LIMIT_POINTS: posInt(100),
  RATE_LIMIT_WINDOW_SECONDS: posInt(10),
  /** Per subgraph call; a department slower than this is answered like a stopped one. */
  SUBGRAPH_READ_TIMEOUT_MS: posInt(10_000),
  SUBGRAPH_WRITE_TIMEOUT_MS: posInt(30_000),
});

/**
 * What production refuses, by variable: a missing value here means the development default (a secret printed
 * in this file) or an unconfigured identity provider would be used. Only variables of the schema being
 * parsed are checked, so each service names exactly the secrets it needs.
 */
const REQUIRED_IN_PRODUCTION: Record<string, { reason: string; devDefault?: string }> = {
  IDENTITY_PRIVATE_KEY: { reason: 'the gateway\'s Ed25519 private key (PKCS#8 PEM)', devDefault: DEV_IDENTITY_PRIVATE_KEY },
  IDENTITY_PUBLIC_KEY: { reason: 'the gateway\'s Ed25519 public key (SPKI PEM)', devDefault: DEV_IDENTITY_PUBLIC_KEY },
  OIDC_ISSUER: { reason: 'the OpenID Connect issuer people\'s tokens come from' },
  OIDC_AUDIENCE: { reason: 'the audience people\'s tokens must carry' },
  API_KEY_PEPPER: { reason: 'the secret API keys are hashed with', devDefault: DEV_API_KEY_PEPPER },
};

/** Problems that make a configuration unsafe in production (empty outside production). */
export function productionProblems(schema: z.ZodType, env: Record<string, string | undefined>): string[] {
  if (env.NODE_ENV !== 'production') return [];
  const shape = (schema as unknown as { shape?: Record<string, unknown> }).shape ?? {};
  const problems: string[] = [];
  for (const [key, { reason, devDefault }] of Object.entries(REQUIRED_IN_PRODUCTION)) {
    if (!(key in shape)) continue;
    const value = env[key]?.replace(/\\n/g, '\n').trim();
    if (!value) problems.push(`${key}: missing; production needs ${reason}`);
    else if (devDefault && value === devDefault.trim()) problems.push(`${key}: is the development default printed in the source; production needs its own`);
  }
  // A shared Redis (the gateway's REDIS_URL) holds the rate limit's counters and cached answers: anyone who reaches
  // it unauthenticated could reset a client's limit or plant an answer, so production needs its password (TLS,
  // rediss://, is in the README's production checklist: required where the network between them is not private).
  if ('REDIS_URL' in shape && env.REDIS_URL) {
    try {
      if (!new URL(env.REDIS_URL).password) problems.push('REDIS_URL: has no password; production needs redis://:PASSWORD@host (or rediss:// for TLS)');
    } catch {
      // the schema itself reports a malformed URL
    }
  }
  return problems;
}

/** Parse `env` against `schema`; every problem (including production refusals) is reported at once. Throws ConfigError. */
export function parseConfig<S extends z.ZodType>(schema: S, env: Record<string, string | undefined>): z.infer<S> {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const result = schema.safeParse(cleaned);
  const problems = result.success ? [] : result.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`);
  problems.push(...productionProblems(schema, cleaned));
  if (problems.length || !result.success) throw new ConfigError(problems);
  return result.data;
}

/** For main.ts: parse process.env, print every problem and exit 1 on failure. */
export function loadConfigOrExit<S extends z.ZodType>(schema: S): z.infer<S> {
  try {
    return parseConfig(schema, process.env);
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`${err.message}\n`);
      process.exit(1);
    }
    throw err;
  }
}

/** The environment as seen once by the process entry point (the only place that reads process.env). */
export const processEnv = (): Record<string, string | undefined> => process.env;

/**
 * Tracing (OpenTelemetry), off by default, configured by the standard OTEL_* variables: set
 * OTEL_TRACES_EXPORTER=otlp (with OTEL_EXPORTER_OTLP_ENDPOINT or OTEL_EXPORTER_OTLP_TRACES_ENDPOINT) or
 * =console to turn it on. Sampling follows OTEL_TRACES_SAMPLER / OTEL_TRACES_SAMPLER_ARG.
 */
export const telemetryConcern = z.object({
  OTEL_SDK_DISABLED: bool.default(false),
  OTEL_TRACES_EXPORTER: z.enum(['none', 'otlp', 'console']).default('none'),
  OTEL_SERVICE_NAME: z.string().min(1).optional(),
  OTEL_EXPORTER_OTLP_ENDPOINT: z.string().url().optional(),
  OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: z.string().url().optional(),
  /** Comma-separated key=value pairs, e.g. an API key header of the collector. */
  OTEL_EXPORTER_OTLP_HEADERS: z.string().optional(),
  OTEL_TRACES_SAMPLER: z
    .enum(['always_on', 'always_off', 'traceidratio', 'parentbased_always_on', 'parentbased_always_off', 'parentbased_traceidratio'])
    .default('parentbased_always_on'),
  OTEL_TRACES_SAMPLER_ARG: z.coerce.number().min(0).max(1).optional(),
});
export type TelemetryConfig = z.infer<typeof telemetryConcern>;
