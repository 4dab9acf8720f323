import { spawn } from 'node:child_process';
import { join } from 'node:path';

export interface OidcClient {
  client_id: string;
  client_secret: string;
  /** Roles the provider puts in the access token's `roles` claim; omitted: no roles claim. */
  roles?: string[];
}

/** A real OpenID Connect provider (oidc-provider) in a child process; see oidc-provider.mjs. */
export async function startOidcProvider(clients: OidcClient[], audience = 'urn:lsp:platform') {
  const child = spawn(process.execPath, [join(__dirname, 'oidc-provider.mjs')], {
    env: { ...process.env, OIDC_CLIENTS: JSON.stringify(clients), OIDC_AUDIENCE: audience },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const issuer = await new Promise<string>((resolve, reject) => {
    let out = '';
    let err = '';
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const line = out.split('\n').find((l) => l.startsWith('{'));
      if (line) resolve((JSON.parse(line) as { issuer: string }).issuer);
    });
    child.stderr!.on('data', (d: Buffer) => (err += d.toString()));
    child.once('exit', (code) => reject(new Error(`oidc-provider exited (${code}): ${err}`)));
  });
  return {
    issuer,
    audience,
    /** An access token by the client-credentials grant, for `resource` (default: the platform's audience). */
    async token(client: OidcClient, resource = audience): Promise<string> {
      const res = await fetch(`${issuer}/token`, {
        method: 'POST',
        headers: {
          'content-type': 'application/x-www-form-urlencoded',
          authorization: `Basic ${Buffer.from(`${client.client_id}:${client.client_secret}`).toString('base64')}`,
        },
        body: new URLSearchParams({ grant_type: 'client_credentials', resource }).toString(),
      });
      const body = (await res.json()) as { access_token?: string; error?: string };
      if (!body.access_token) throw new Error(`no token: ${body.error}`);
      return body.access_token;
    },
    stop: () => new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.removeAllListeners('exit');
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    }),
  };
}
