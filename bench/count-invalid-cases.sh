#!/usr/bin/env bash
# Counts the invalid inputs the tests try, per construct (issue 13's "count of invalid cases tried
# per construct"): runs the bad-input, errors, unknown-props and invalid-props tests (and the error
# table of multi-zone-cluster.test.ts) with test/support/invalid-case-counter.ts, which records every
# KubewardError the library raises, then counts distinct (test, construct, prop, message) records
# per construct. Usage: bench/count-invalid-cases.sh [jest test files...]
set -euo pipefail
cd "$(dirname "$0")/.."
FILES=("$@")
if [ ${#FILES[@]} -eq 0 ]; then
  FILES=(test/workloads/bad-inputs.test.ts test/workloads/unknown-props.test.ts test/tenancy/errors.test.ts
    test/cluster/unknown-props.test.ts test/cluster/invalid-props.test.ts test/cluster/multi-zone-cluster.test.ts)
fi
OUT="$(mktemp)"
trap 'rm -f "$OUT"' EXIT
KUBEWARD_INVALID_CASES_FILE="$OUT" npx jest --ci --silent --setupFilesAfterEnv ./test/support/invalid-case-counter.ts --reporters summary -- "${FILES[@]}" >&2
node -e '
const lines = require("fs").readFileSync(process.argv[1], "utf8").split("\n").filter(Boolean).map(JSON.parse);
const seen = new Set();
const per = new Map();
const files = new Map();
for (const r of lines) {
  const key = JSON.stringify([r.file, r.test, r.construct, r.prop, r.message]);
  if (seen.has(key)) continue;
  seen.add(key);
  per.set(r.construct, (per.get(r.construct) ?? 0) + 1);
  const f = files.get(r.construct) ?? new Map();
  f.set(r.file, (f.get(r.file) ?? 0) + 1);
  files.set(r.construct, f);
}
console.log("| Construct | Invalid cases | From |");
console.log("| --- | ---: | --- |");
for (const [c, n] of [...per].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))) {
  console.log(`| ${c} | ${n} | ${[...files.get(c)].map(([f, k]) => `${f.replace(/^test\//, "")} ${k}`).join(", ")} |`);
}
console.log(`| **total** | ${seen.size} | ${lines.length} KubewardErrors recorded |`);
' "$OUT"
