/**
 * API keys for BI tools, and the audit trail, from the command line, through the gateway's admin GraphQL
 * endpoint (POST /admin/graphql: the actor is the verified holder of LSP_TOKEN, an admin; nothing here trusts
 * a name typed on the command line):
 *
 *   LSP_TOKEN=<admin token> node gateway/dist/api-keys-cli.js create --name powerbi-so-gd --roles analyst --days 90
 *   LSP_TOKEN=<admin token> node gateway/dist/api-keys-cli.js list
 *   LSP_TOKEN=<admin token> node gateway/dist/api-keys-cli.js revoke <id>
 *   LSP_TOKEN=<admin token> node gateway/dist/api-keys-cli.js audit [--kind refusal] [--first 50]
 *
 * LSP_GATEWAY_URL (default http://127.0.0.1:4000) says where the gateway is. Prints the answer's data (or its
 * errors) as JSON.
 */
import { cliConcern, loadConfigOrExit } from '@lsp/shared';

function option(argv: string[], name: string): string | undefined {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? argv[i + 1] : argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
}

const KEY_FIELDS = 'id name roles createdBy createdAt expiresAt revokedAt revokedBy';

export async function apiKeysCli(argv: string[], env: { LSP_TOKEN?: string; LSP_GATEWAY_URL: string }, out: (line: string) => void): Promise<number> {
  const [command, arg] = argv;
  if (!env.LSP_TOKEN) {
    out('LSP_TOKEN is not set: API keys are managed by a signed-in admin (export LSP_TOKEN=<your token>)');
    return 2;
  }
  let request: { field: string; query: string; variables?: Record<string, unknown> };
  if (command === 'create') {
    const roles = (option(argv, 'roles') ?? '').split(',').filter(Boolean);
    const input = { name: option(argv, 'name') ?? '', roles, days: Number(option(argv, 'days') ?? 90) };
    request = { field: 'createApiKey', query: `mutation Create($input: CreateApiKeyInput!) { createApiKey(input: $input) { key ${KEY_FIELDS} } }`, variables: { input } };
  } else if (command === 'list') {
    request = { field: 'apiKeys', query: `{ apiKeys { ${KEY_FIELDS} } }` };
  } else if (command === 'revoke' && arg) {
    request = { field: 'revokeApiKey', query: `mutation Revoke($id: ID!) { revokeApiKey(id: $id) { ${KEY_FIELDS} } }`, variables: { id: arg } };
  } else if (command === 'audit') {
    const variables = { kind: option(argv, 'kind') ?? null, first: Number(option(argv, 'first') ?? 50) };
    request = { field: 'auditEvents', query: 'query Audit($kind: String, $first: Int) { auditEvents(kind: $kind, first: $first) { id at kind who requestId what } }', variables };
  } else {
    out('usage: api-keys-cli create --name <name> --roles analyst[,workforce:pii] --days <1-366> | list | revoke <id> | audit [--kind <kind>] [--first <n>]');
    return 2;
  }
  const res = await fetch(`${env.LSP_GATEWAY_URL.replace(/\/$/, '')}/admin/graphql`, {
    method: 'POST',
    headers: { authorization: `Bearer ${env.LSP_TOKEN}`, 'content-type': 'application/json' },
    body: JSON.stringify({ query: request.query, variables: request.variables }),
  });
  const text = await res.text();
  let answer: { data?: Record<string, unknown> | null; errors?: unknown[] } | undefined;
  try {
    answer = JSON.parse(text) as typeof answer;
  } catch {
    answer = undefined;
  }
  if (!res.ok || !answer || answer.errors?.length || !answer.data?.[request.field]) {
    out(answer?.errors ? JSON.stringify(answer.errors) : `${res.status} ${text.slice(0, 500)}`);
    return 1;
  }
  out(JSON.stringify(answer.data[request.field]));
  return 0;
}

if (require.main === module) {
  const env = loadConfigOrExit(cliConcern);
  apiKeysCli(process.argv.slice(2), env, (l) => process.stdout.write(`${l}\n`)).then(
    (code) => process.exit(code),
    (err: Error) => {
      process.stderr.write(`${err.message}\n`);
      process.exit(1);
    },
  );
}
