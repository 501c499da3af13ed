#!/usr/bin/env bash
# Benchmark: the hostile inputs of issue 13, each audited by the CLI beside a good file, with
# wall time and peak memory (GNU time). Goal: every case ends with a clear input error (or a
# bounded report) in seconds and well under 1 GB, and the good file is still audited.
#
#   bash bench/hostile.sh            (needs /usr/bin/time; files go to a temporary directory)
set -euo pipefail
cd "$(dirname "$0")/.."
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT

cat > "$dir/good.yaml" <<'YAML'
apiVersion: v1
kind: ConfigMap
metadata: {name: good, namespace: shop}
data: {greeting: hello}
YAML

node -e '
const fs = require("fs"); const d = process.argv[1];
fs.writeFileSync(d + "/docs.yaml", "a: 1\n---\n".repeat(1000000));
fs.writeFileSync(d + "/brackets.yaml", "[".repeat(5000000));
fs.writeFileSync(d + "/begin.yaml", JSON.stringify({ apiVersion: "v1", kind: "ConfigMap", metadata: { name: "begin", namespace: "shop" }, data: { k: "BEGIN ".repeat(50000) } }));
const containers = Array.from({ length: 100000 }, (_, i) => ({ name: "c" + i, image: "nginx" }));
fs.writeFileSync(d + "/containers.json", JSON.stringify({ apiVersion: "apps/v1", kind: "Deployment", metadata: { name: "wide", namespace: "shop" },
  spec: { selector: { matchLabels: { app: "w" } }, template: { metadata: { labels: { app: "w" } }, spec: { containers } } } }));
' "$dir"

run() {
  local label=$1; shift
  local out="$dir/out.json"
  set +e
  /usr/bin/time -v -o "$dir/time" node -r ts-node/register/transpile-only -e '
    const { main } = require("./lib/cli"); const { processIo } = require("./lib/cli/io");
    main(process.argv.slice(1), processIo()).then((c) => { process.exitCode = c; });' audit --format json "$@" "$dir/good.yaml" > "$out" 2> "$dir/err"
  local code=$?
  set -e
  local wall rss
  wall=$(grep 'Elapsed (wall clock)' "$dir/time" | awk '{print $NF}')
  rss=$(grep 'Maximum resident set size' "$dir/time" | awk '{print $NF}')
  local good errors
  good=$(node -e 'const r=JSON.parse(require("fs").readFileSync(process.argv[1],"utf8")); console.log("objects=" + r.summary.objects + " findings=" + r.findings.length + " errors=" + r.errors.length)' "$out" 2>/dev/null || echo "no-json")
  errors=$(grep -m1 -o 'kubeward: \(limit\|parse\|read\): .\{0,140\}' "$dir/err" || true)
  printf '%-28s exit=%s wall=%s peakRSS=%sKB bytes=%s %s\n    %s\n' "$label" "$code" "$wall" "$rss" "$(stat -c %s "$out")" "$good" "$errors"
}

run "1,000,000 documents" "$dir/docs.yaml"
run "5,000,000 unclosed [" "$dir/brackets.yaml"
run "BEGIN x 50,000" "$dir/begin.yaml"
run "100,000 containers" "$dir/containers.json"
run "good file alone" 
