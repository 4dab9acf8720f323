import { join } from 'node:path';
import { z } from 'zod';

/**
 * Configuration is parsed once, at start-up, from the environment. No other module reads process.env.
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

const port = (fallback: number) => z.coerce.number().int().min(0).max(65535).default(fallback);

export const serverConcern = (defaultPort: number) =>
  z.object({
    PORT: port(defaultPort),
    HOST: z.string().min(1).default('127.0.0.1'),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  });

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
  /** A unit set other than Sơn La's real units (benchmarks: a SYNTHETIC national-scale set). */
  ADMIN_UNITS_FILE: z.string().min(1).optional(),
});

const DEV_SECRET_NOTE = 'development default: set a real secret in production';
export const identityConcern = z.object({
  /** Shared secret the gateway signs forwarded identities with; every subgraph verifies it. */
  IDENTITY_SIGNING_SECRET: z.string().min(16, 'must be at least 16 characters').default(`dev-identity-secret (${DEV_SECRET_NOTE})`),
  /** Allow requests without a token to read aggregates (role "anonymous"). */
  ALLOW_ANONYMOUS_READ: bool.default(false),
});

export const jwtConcern = z.object({
  /** HS256 secret for bearer tokens (development); production uses the identity provider's key. */
  JWT_SECRET: z.string().min(16, 'must be at least 16 characters').default(`dev-jwt-secret (${DEV_SECRET_NOTE})`),
  JWT_ISSUER: z.string().min(1).default('son-la-learning-society-platform'),
});

/** Parse `env` against `schema`; every problem is reported at once. Throws ConfigError. */
export function parseConfig<S extends z.ZodType>(schema: S, env: Record<string, string | undefined>): z.infer<S> {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const result = schema.safeParse(cleaned);
  if (!result.success) {
    throw new ConfigError(result.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`));
  }
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
