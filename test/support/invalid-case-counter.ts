// Counts the invalid inputs the tests try, per construct, by recording every KubewardError the
// library raises while a test runs (bench/count-invalid-cases.sh passes this file to jest as
// `--setupFilesAfterEnv`; the normal suite never loads it). The library builds its errors through
// the `KubewardError` export of lib/core/errors.ts, which ts-jest's CommonJS output reads at each
// `new`, so replacing the export with a recording subclass sees every one, and the tests'
// `instanceof KubewardError` still holds. Each error is attributed to the construct, component or
// factory the test called: the outermost frame of lib/ in its stack (`new HardenedDeployment`,
// `TenantPeer.namespace`, named by the error's path). One invalid case is one (test, construct, prop, message): a case asserted
// twice in one test is counted once. Records are appended as JSON lines to
// $KUBEWARD_INVALID_CASES_FILE.
import * as fs from 'fs';
import * as path from 'path';
import * as errors from '../../lib/core/errors';

const out = process.env.KUBEWARD_INVALID_CASES_FILE;
/** The library's own sources: frames of a dependency's lib folder (fast-check's) are not constructs. */
const LIB = `${path.join(process.cwd(), 'lib')}${path.sep}`;

/** The construct a stack was raised under: the last `lib/` frame before the test's own frames. */
function constructOf(stack: string): string {
  const frames = stack.split('\n').slice(1).map((l) => l.trim());
  let name = 'unknown';
  for (const f of frames) {
    if (!f.includes(LIB) || f.includes(`${LIB}core${path.sep}errors`)) continue;
    const m = /^at (?:new )?([\w$.<>]+)/.exec(f);
    if (m) name = m[1];
  }
  // `HardenedDeployment.allowTo` -> HardenedDeployment; `Module.requireName` (a helper the test calls directly) -> requireName.
  return name.replace(/^(Object|Module)\./, '').split('.')[0];
}

if (out) {
  const Original = errors.KubewardError;
  class Recording extends Original {
    constructor(p: string, prop: string, problem: string, fix: string) {
      super(p, prop, problem, fix);
      const test = expect.getState().currentTestName ?? '(outside a test)';
      const file = path.relative(process.cwd(), expect.getState().testPath ?? '');
      const limit = Error.stackTraceLimit;
      Error.stackTraceLimit = 100;
      const stack = new Error().stack ?? '';
      Error.stackTraceLimit = limit;
      // Static factories show as `Function.<method>` in V8 stacks; their errors name the factory
      // as path (`TenantPeer.namespace`), which says which class it is.
      const frame = constructOf(stack);
      const construct = frame === 'Function' || frame === 'unknown' ? p.split('.')[0] : frame;
      fs.appendFileSync(out as string, `${JSON.stringify({ file, test, construct, prop, message: this.message })}\n`);
    }
  }
  Object.defineProperty(Recording, 'name', { value: 'KubewardError' });
  (errors as { KubewardError: typeof Original }).KubewardError = Recording;
}
