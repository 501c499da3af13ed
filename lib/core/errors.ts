/**
 * The library's own error for bad input: it names the construct path, the prop and the fix, and
 * is thrown before anything is written. Tests (and users) can tell it apart from a TypeError.
 */
export class KubewardError extends Error {
  /** Construct path (or Pulumi resource name) whose input is wrong. */
  public readonly path: string;
  /** The prop that is wrong, dotted for nested props (`quota.cpu`). */
  public readonly prop: string;
  /** What to do instead. */
  public readonly fix: string;

  constructor(path: string, prop: string, problem: string, fix: string) {
    super(`[${path}] ${prop}: ${problem}. Fix: ${fix}`);
    this.name = 'KubewardError';
    this.path = path;
    this.prop = prop;
    this.fix = fix;
  }
}
