// How many runs each property test makes, and with which seed. Locally each suite keeps its own
// small default so a change is checked in seconds; KUBEWARD_PROPERTY_RUNS overrides every count
// (CI sets 10000, issue 13's target: .ci/run; about 20 ms a Deployment run, 45 ms a tenant), and
// KUBEWARD_PROPERTY_SEED the seed (42 by default, so a failure reproduces). fast-check shrinks a
// failing case and prints the counterexample with the seed and path to replay it.
import type { Parameters } from 'fast-check';

/** The seed every property test runs with. */
export const PROPERTY_SEED = envInt('KUBEWARD_PROPERTY_SEED') ?? 42;

/** The run count: KUBEWARD_PROPERTY_RUNS when set, else the suite's own default. */
export function propertyRuns(localDefault: number): number {
  return envInt('KUBEWARD_PROPERTY_RUNS') ?? localDefault;
}

/** fast-check parameters: the run count, the seed, and a printed counterexample on failure. */
export function propertyOptions<T>(localDefault: number): Parameters<T> {
  return { numRuns: propertyRuns(localDefault), seed: PROPERTY_SEED, verbose: 1 };
}

/** A jest timeout for a property test of that many runs (`msPerRun` each, at least 60 s). */
export function propertyTimeout(localDefault: number, msPerRun = 1000): number {
  return Math.max(60_000, propertyRuns(localDefault) * msPerRun);
}

function envInt(name: string): number | undefined {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return undefined;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1) throw new Error(`${name}=${raw} is not a positive integer`);
  return n;
}
