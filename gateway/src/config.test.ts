import { ConfigError, parseConfig } from '@lsp/shared';
import { gatewayConfigSchema } from './config';

const problems = (env: Record<string, string>) => {
  try {
    parseConfig(gatewayConfigSchema, env);
    return [];
  } catch (err) {
    return (err as ConfigError).problems;
  }
};

test('production refuses a REDIS_URL without a password; development takes it; a non-Redis URL is refused', () => {
  expect(problems({ NODE_ENV: 'production', REDIS_URL: 'redis://redis:6379/0' })).toContainEqual(expect.stringMatching(/^REDIS_URL: has no password/));
  expect(problems({ NODE_ENV: 'production', REDIS_URL: 'rediss://:s3cret@redis:6380/0' }).filter((p) => p.startsWith('REDIS_URL'))).toEqual([]);
  expect(problems({ REDIS_URL: 'redis://127.0.0.1:6379' })).toEqual([]);
  expect(problems({ REDIS_URL: 'http://127.0.0.1:6379' })).toContainEqual(expect.stringMatching(/^REDIS_URL: must be a redis/));
  expect(problems({ SUBGRAPH_BREAKER_FAILURES: '0' })).toContainEqual(expect.stringMatching(/^SUBGRAPH_BREAKER_FAILURES/));
  expect(parseConfig(gatewayConfigSchema, {})).toMatchObject({ SUBGRAPH_BREAKER_FAILURES: 5, SUBGRAPH_BREAKER_OPEN_MS: 10_000, AUDIT_RETENTION_DAYS: 730 });
});
