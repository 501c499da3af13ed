import type { IConstruct } from 'constructs';
import { auditConstruct, ConstructAuditOptions } from './cdk8s';
import { failingFindings } from '../policy/engine';
import { describeSource } from '../policy/report/location';

/** What a jest matcher returns. */
export interface MatcherResult {
  /** Whether the expectation held. */
  readonly pass: boolean;
  /** The failure message, built only when jest needs it. */
  readonly message: () => string;
}

function isConstruct(v: unknown): v is IConstruct {
  return typeof v === 'object' && v !== null && 'node' in v && typeof (v as IConstruct).node?.findAll === 'function';
}

/**
 * `expect(chartOrApp).toPassControls(options?)`: passes when no unsuppressed finding at or above
 * `options.failOn` (default low) exists and no suppression is invalid; the failure message lists
 * every finding with its control id, severity, construct path and message.
 */
export function toPassControls(received: unknown, options: ConstructAuditOptions = {}): MatcherResult {
  if (!isConstruct(received)) {
    return { pass: false, message: () => `expected a cdk8s App, Chart or construct, received ${received === null ? 'null' : typeof received}` };
  }
  const failOn = options.failOn ?? 'low';
  const report = auditConstruct(received, options);
  const failing = failingFindings(report, failOn);
  const badSuppressions = report.errors.filter((e) => e.kind === 'suppression');
  const pass = failing.length === 0 && badSuppressions.length === 0;
  const path = received.node.path || '(app)';
  return {
    pass,
    message: () => {
      if (pass) {
        const ran = report.controls.filter((c) => c.status === 'pass').length;
        return `expected ${path} not to pass the kubeward controls, but it has no unsuppressed finding at or above ${failOn} (${report.objects} objects, ${ran} controls passed)`;
      }
      const lines = failing.map((f) => `  ${f.controlId} [${f.severity}] ${describeSource(f.source)}: ${f.message}`);
      for (const e of badSuppressions) lines.push(`  invalid suppression: ${e.message}`);
      return `expected ${path} to pass the kubeward controls (fail on ${failOn} and above), but found ${failing.length} finding${failing.length === 1 ? '' : 's'}${
        badSuppressions.length ? ` and ${badSuppressions.length} invalid suppression${badSuppressions.length === 1 ? '' : 's'}` : ''
      }:\n${lines.join('\n')}`;
    },
  };
}

/**
 * The kubeward jest matchers. Register them in a setup file (jest is not a dependency of
 * kubeward; the matchers only need `expect.extend`):
 *
 * ```ts
 * import { kubewardMatchers } from 'kubeward';
 * expect.extend(kubewardMatchers);
 * ```
 */
export const kubewardMatchers = {
  toPassControls,
};

// The matcher's types, for both ways of writing a jest test:
// - the global `expect` (@types/jest): the `jest.Matchers` namespace interface;
// - `import { expect } from '@jest/globals'`: @jest/expect's `Matchers`, which @jest/expect
//   re-exports from the `expect` package. The augmentation names `expect`, as jest's docs do
//   (https://jestjs.io/docs/expect#expectextendmatchers): TypeScript merges an augmentation only
//   into a module some import already brought into the program, and both @jest/globals (through
//   @jest/expect) and @types/jest (through `import("expect")`) import `expect`, while nothing in
//   an @types/jest program imports @jest/expect. The type parameters must match jest's own.
// Neither needs jest installed: in a program without `expect` the augmentation merges into nothing.
/* eslint-disable @typescript-eslint/no-namespace */
declare global {
  namespace jest {
    interface Matchers<R> {
      /** Passes when the cdk8s App or Chart has no unsuppressed finding at or above `failOn`. */
      toPassControls(options?: ConstructAuditOptions): R;
    }
  }
}

declare module 'expect' {
  interface Matchers<R extends void | Promise<void>, T = unknown> {
    /** Passes when the cdk8s App or Chart has no unsuppressed finding at or above `failOn`. */
    toPassControls(options?: ConstructAuditOptions): R;
  }
}
