// Evaluates a ValidatingAdmissionPolicy the way the API server does, with @bufbuild/cel: the
// variables in order (each sees `object` and the variables before it), then every validation.
// Only expressions that use functions both Kubernetes CEL and @bufbuild/cel provide can be
// evaluated; anything else surfaces as an error here instead of a silent pass.
import { celEnv, isCelError, parse, plan } from '@bufbuild/cel';

/** The outcome of one admission request. */
export interface AdmissionOutcome {
  /** Whether every validation returned true. */
  readonly allowed: boolean;
  /** Messages of the validations that returned false. */
  readonly denials: string[];
}

// Parsing and planning an expression costs about a millisecond, evaluating a planned one a few
// microseconds: the cluster model admits thousands of pods through the same few expressions.
// `matches` compiles its RE2 pattern on every call (about 2 ms); the same engine @bufbuild/cel
// uses (@bufbuild/re2, resolved beside it), with each pattern compiled once, keeps Kubernetes'
// RE2 semantics at a fraction of the cost.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { RE2JS } = require(require.resolve('@bufbuild/re2', { paths: [require.resolve('@bufbuild/cel')] })) as { RE2JS: { compile(p: string): { test(s: string): boolean } } };
const COMPILED = new Map<string, { test(s: string): boolean }>();
const ENV = celEnv({
  re2: {
    compile: (pattern: string) => {
      let m = COMPILED.get(pattern);
      if (!m) COMPILED.set(pattern, (m = RE2JS.compile(pattern)));
      return m;
    },
  },
});
const PLANNED = new Map<string, (bindings: any) => unknown>();

function planned(expression: string): (bindings: any) => unknown {
  let program = PLANNED.get(expression);
  if (program === undefined) {
    try {
      program = plan(ENV, parse(expression)) as (bindings: any) => unknown;
    } catch (e) {
      // A parse error is a policy bug, reported like an evaluation error.
      throw new Error(`CEL error in ${expression}: ${(e as Error).message}`);
    }
    PLANNED.set(expression, program);
  }
  return program;
}

/** Evaluates one CEL expression; throws on evaluation errors (a policy bug, not a denial). */
export function evalCel(expression: string, bindings: Record<string, unknown>): unknown {
  let result: unknown;
  try {
    result = planned(expression)(bindings);
  } catch (e) {
    if (e instanceof Error && e.message.startsWith('CEL error in ')) throw e;
    throw new Error(`CEL error in ${expression}: ${(e as Error).message}`);
  }
  if (isCelError(result)) throw new Error(`CEL error in ${expression}: ${String((result as { message?: string }).message ?? result)}`);
  return result;
}

/** Runs the policy's validations against a request object (a Pod). */
export function admit(policy: Record<string, any>, object: Record<string, unknown>): AdmissionOutcome {
  const spec = policy.spec ?? {};
  const variables: Record<string, unknown> = {};
  for (const v of spec.variables ?? []) {
    variables[v.name] = evalCel(v.expression, { object, variables });
  }
  const denials: string[] = [];
  for (const validation of spec.validations ?? []) {
    const ok = evalCel(validation.expression, { object, variables });
    if (ok !== true) denials.push(validation.message);
  }
  return { allowed: denials.length === 0, denials };
}
