/**
 * API keys for BI tools, from the command line, through the gateway's admin routes (so the actor is the
 * verified holder of LSP_TOKEN, an admin; nothing here trusts a name typed on the command line):
 *
 *   LSP_TOKEN=<admin token> node gateway/dist/api-keys-cli.js create --name powerbi-so-gd --roles analyst --days 90
 *   LSP_TOKEN=<admin token> node gateway/dist/api-keys-cli.js list
 *   LSP_TOKEN=<admin token> node gateway/dist/api-keys-cli.js revoke <id>
 *
 * LSP_GATEWAY_URL (default http://127.0.0.1:4000) says where the gateway is.
 */
import { cliConcern, loadConfigOrExit } from '@lsp/shared';

function option(argv: string[], name: string): string | undefined {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? argv[i + 1] : argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
}

export async function apiKeysCli(argv: string[], env: { LSP_TOKEN?: string; LSP_GATEWAY_URL: string }, out: (line: string) => void): Promise<number> {
  const [command, arg] = argv;
  if (!env.LSP_TOKEN) {
    out('LSP_TOKEN is not set: API keys are managed by a signed-in admin (export LSP_TOKEN=<your token>)');
    return 2;
  }
  const base = `${env.LSP_GATEWAY_URL.replace(/\/$/, '')}/admin/api-keys`;
  const headers = { authorization: `Bearer ${env.LSP_TOKEN}`, 'content-type': 'application/json' };
  let res: Response;
  if (command === 'create') {
    const roles = (option(argv, 'roles') ?? '').split(',').filter(Boolean);
    const body = { name: option(argv, 'name') ?? '', roles, days: Number(option(argv, 'days') ?? 90) };
    res = await fetch(base, { method: 'POST', headers, body: JSON.stringify(body) });
  } else if (command === 'list') {
    res = await fetch(base, { headers });
  } else if (command === 'revoke' && arg) {
    res = await fetch(`${base}/${encodeURIComponent(arg)}`, { method: 'DELETE', headers });
  } else {
    out('usage: api-keys-cli create --name <name> --roles analyst[,workforce:pii] --days <1-366> | list | revoke <id>');
    return 2;
  }
  const text = await res.text();
  out(text);
  return res.ok ? 0 : 1;
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
