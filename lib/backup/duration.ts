// Go durations (`720h0m0s`, `90m`, `1.5h`), the format of Velero's TTL and of several other
// controller fields. Parsed here so a bad value fails at construction, not in Velero's log.
import { show } from '../core/checks';
import { KubewardError } from '../core/errors';

const UNIT_SECONDS: Record<string, number> = { ns: 1e-9, us: 1e-6, µs: 1e-6, μs: 1e-6, ms: 1e-3, s: 1, m: 60, h: 3600 };
const DURATION = /^(?:\d+(?:\.\d*)?|\.\d+)(?:ns|us|µs|μs|ms|s|m|h)(?:(?:\d+(?:\.\d*)?|\.\d+)(?:ns|us|µs|μs|ms|s|m|h))*$/;
const PART = /(\d+(?:\.\d*)?|\.\d+)(ns|us|µs|μs|ms|s|m|h)/g;

/** The length of a Go duration in seconds, or undefined when Go's time.ParseDuration refuses it. @internal */
export function durationSeconds(text: unknown): number | undefined {
  if (typeof text !== 'string') return undefined;
  if (text === '0') return 0;
  if (!DURATION.test(text)) return undefined;
  let total = 0;
  for (const m of text.matchAll(PART)) total += Number(m[1]) * UNIT_SECONDS[m[2]];
  return total;
}

/**
 * Throws a KubewardError unless `text` is a Go duration of at least `minSeconds`; returns the
 * seconds.
 * @internal
 */
export function assertDuration(path: string, prop: string, text: unknown, minSeconds: number, example: string): number {
  const s = durationSeconds(text);
  if (s === undefined || s < minSeconds) {
    throw new KubewardError(path, prop, s === undefined ? `${show(text)} is not a Go duration` : `${show(text)} is shorter than ${minSeconds} seconds`,
      `write a duration such as ${JSON.stringify(example)} (units h, m, s, ms; no days)`);
  }
  return s;
}
