// Third-party test data beside the repository: ../shared holds the Kubernetes 1.28 strict JSON
// schemas, the upstream CRDs and the peers' conformance fixtures. They are not ours to commit, so a
// clone without them must still pass `npm test`: what needs a part of ../shared says so in one line
// and skips (a whole suite, one test, or one check such as schema validation).
//
// Environment:
// - KUBEWARD_SHARED_DIR: where the data is (default: ../shared beside the repository root). Point
//   it at a missing folder to see what a fresh clone skips.
// - KUBEWARD_REQUIRE_SHARED=1: a missing part is a failure, not a skip. .ci/run sets it whenever
//   ../shared is there, so CI cannot go green with a suite quietly skipped.
import * as fs from 'fs';
import * as path from 'path';

const ROOT = path.resolve(__dirname, '../..');
const DEFAULT_DIR = path.resolve(ROOT, '../shared');

/** The shared data folder: $KUBEWARD_SHARED_DIR, else ../shared beside the repository root. */
export const SHARED_DIR = process.env.KUBEWARD_SHARED_DIR ? path.resolve(process.env.KUBEWARD_SHARED_DIR) : DEFAULT_DIR;

/** Whether a missing part of the shared data fails instead of skipping (set by .ci/run). */
export function sharedRequired(): boolean {
  return ['1', 'true'].includes(process.env.KUBEWARD_REQUIRE_SHARED ?? '');
}

/** One part of the shared data that some tests need. */
export interface SharedPart {
  /** Path inside the shared folder, e.g. `schemas`. */
  readonly rel: string;
  /** Absolute path. */
  readonly dir: string;
  /** What it is, for the skip line. */
  readonly what: string;
  /** Whether it is there. */
  readonly present: boolean;
}

/** Describes a part of the shared data (checked once, when the test file loads). */
export function sharedPart(rel: string, what: string): SharedPart {
  const dir = path.join(SHARED_DIR, rel);
  return { rel, dir, what, present: fs.existsSync(dir) };
}

/** The Kubernetes 1.28 strict JSON schemas and the upstream CRDs (test/support/schemas.ts). */
export const SCHEMAS = sharedPart('schemas', 'the Kubernetes 1.28 strict JSON schemas and upstream CRDs');
/** The peers' labeled conformance fixtures (test/support/corpus.ts). */
export const CONFORMANCE = sharedPart('conformance', "the peers' labeled conformance fixtures");

/** How the folder is shown: `../shared/schemas`, or the absolute path under KUBEWARD_SHARED_DIR. */
function shownPath(part: SharedPart): string {
  return SHARED_DIR === DEFAULT_DIR ? `../shared/${part.rel}` : part.dir;
}

/** `needs ../shared/schemas (what it is; third-party data, never committed), missing (/abs)`. */
export function needsText(part: SharedPart): string {
  const shown = shownPath(part);
  return `needs ${shown} (${part.what}; third-party data, never committed), which is missing${shown === part.dir ? '' : ` (${part.dir})`}`;
}

/** The mark a skipped test carries in its name: `[needs ../shared/schemas]`. */
function mark(part: SharedPart): string {
  return `[needs ${shownPath(part)}]`;
}

function suiteName(): string {
  const testPath: string | undefined = (expect as any).getState?.().testPath;
  return testPath ? path.relative(ROOT, testPath) : '(unknown suite)';
}

// Jest loads this module once per test file, so this prints one line per suite and part.
const announced = new Set<string>();

/**
 * Fails the suite on CI (KUBEWARD_REQUIRE_SHARED) or prints the suite's one skip line. Called
 * while jest collects the tests of a file, never inside a test.
 */
function skipOrFail(part: SharedPart, skipped: string): void {
  if (sharedRequired()) {
    throw new Error(`${skipped} ${needsText(part)}. KUBEWARD_REQUIRE_SHARED is set (as .ci/run does when ../shared exists), so this is a failure; set KUBEWARD_SHARED_DIR to the folder that holds ${part.rel}/`);
  }
  if (announced.has(part.rel)) return;
  announced.add(part.rel);
  // One raw line (console.log would add a stack location under it).
  process.stderr.write(`kubeward: ${suiteName()} skips what ${needsText(part)}; the skipped tests are marked ${mark(part)}\n`);
}

/** `describe` when the part is there; otherwise the suite is skipped with one line saying why. */
export function describeIfShared(part: SharedPart, name: string, fn: () => void): void {
  if (part.present) return describe(name, fn);
  skipOrFail(part, `suite "${name}"`);
  describe.skip(`${name} ${mark(part)}`, fn);
}

/** `test` when the part is there; otherwise the test is skipped with one line saying why. */
export function testIfShared(part: SharedPart, name: string, fn: jest.ProvidesCallback, timeout?: number): void {
  if (part.present) return test(name, fn, timeout);
  skipOrFail(part, `test "${name}"`);
  test.skip(`${name} ${mark(part)}`, fn);
}

/**
 * For a check made inside other tests (schema validation inside the compliance assertions): when
 * the part is missing, registers one skipped test named after the check, so the jest summary and
 * the JUnit report count the skip, and prints the one line. Returns whether the check can run.
 * Call it while the test file loads (at module level), not inside a test.
 */
export function checkIfShared(part: SharedPart, check: string): boolean {
  if (part.present) return true;
  skipOrFail(part, check);
  test.skip(`${check} ${mark(part)}`, () => undefined);
  return false;
}
