// Kubernetes resource quantities (`500m`, `1.5Gi`, `2e3`), parsed exactly. Quotas, LimitRanges and
// container resources are compared against each other before anything is written, and a float
// comparison would call `1Gi` and `1073741824` different or `0.1` plus `0.2` larger than `0.3`.
// Each quantity is therefore held as an exact fraction of two BigInts.
import { KubewardError } from './errors';

// <signedNumber><suffix>, where suffix is a binary SI suffix, a decimal SI suffix or a decimal
// exponent (the grammar of k8s.io/apimachinery resource.Quantity). `E` alone is exa; `E3` is an
// exponent, which the regex tells apart because an exponent must be followed by digits.
const QUANTITY = /^([+-]?)(\d+(?:\.\d*)?|\.\d+)(?:(Ki|Mi|Gi|Ti|Pi|Ei)|([eE][+-]?\d+)|([numkMGTPE]))?$/;

const BINARY_POWER: Record<string, number> = { Ki: 10, Mi: 20, Gi: 30, Ti: 40, Pi: 50, Ei: 60 };
const DECIMAL_POWER: Record<string, number> = { n: -9, u: -6, m: -3, k: 3, M: 6, G: 9, T: 12, P: 15, E: 18 };

/**
 * Largest decimal exponent accepted. The API server stores quantities with 64-bit scale
 * arithmetic; anything beyond 10^±64 is certainly a typo (`1e600`), and refusing it keeps the
 * exact arithmetic small.
 */
const MAX_EXPONENT = 64;

/** An exact Kubernetes quantity. @internal */
export class Quantity {
  /**
   * Parses a quantity string, or returns undefined when the API server would refuse it (or its
   * exponent is absurd). Numbers are accepted too and read as their decimal text.
   */
  public static parse(text: unknown): Quantity | undefined {
    if (typeof text === 'number') {
      if (!Number.isFinite(text)) return undefined;
      text = String(text);
      // String(1e21) is '1e+21', which the grammar accepts; String(1e-7) is '1e-7', also fine.
    }
    if (typeof text !== 'string') return undefined;
    const m = QUANTITY.exec(text);
    if (!m) return undefined;
    const [, sign, number, binary, exponent, decimal] = m;
    const [whole, fraction = ''] = number.split('.');
    let numerator = BigInt((whole || '0') + fraction);
    let exp10 = -fraction.length;
    let exp2 = 0;
    if (binary) exp2 = BINARY_POWER[binary];
    if (decimal) exp10 += DECIMAL_POWER[decimal];
    if (exponent) {
      const e = Number(exponent.slice(1));
      if (!Number.isSafeInteger(e) || Math.abs(e) > MAX_EXPONENT) return undefined;
      exp10 += e;
    }
    if (Math.abs(exp10) > MAX_EXPONENT + 32) return undefined;
    let denominator = 1n;
    if (exp10 >= 0) numerator *= 10n ** BigInt(exp10);
    else denominator = 10n ** BigInt(-exp10);
    numerator *= 2n ** BigInt(exp2);
    if (sign === '-') numerator = -numerator;
    return new Quantity(text, numerator, denominator);
  }

  /** The text it was parsed from. */
  public readonly text: string;
  /** Numerator of the exact value. */
  public readonly numerator: bigint;
  /** Denominator of the exact value (always positive). */
  public readonly denominator: bigint;

  private constructor(text: string, numerator: bigint, denominator: bigint) {
    this.text = text;
    this.numerator = numerator;
    this.denominator = denominator;
  }

  /** -1, 0 or 1 as this quantity is smaller than, equal to or larger than `other`. */
  public compare(other: Quantity): -1 | 0 | 1 {
    const a = this.numerator * other.denominator;
    const b = other.numerator * this.denominator;
    return a < b ? -1 : a > b ? 1 : 0;
  }

  /** Whether the value is below zero. */
  public get negative(): boolean {
    return this.numerator < 0n;
  }

  /** Whether the value is exactly zero. */
  public get zero(): boolean {
    return this.numerator === 0n;
  }

  /** The value as a JavaScript number (approximate for very large or very precise values). */
  public toNumber(): number {
    return Number(this.numerator) / Number(this.denominator);
  }

  /** The exact sum of this quantity and `other` (for totals over containers and workloads). */
  public plus(other: Quantity): Quantity {
    return new Quantity(`${this.text}+${other.text}`, this.numerator * other.denominator + other.numerator * this.denominator, this.denominator * other.denominator);
  }

  /** This quantity multiplied by a whole number, exactly (for "limit × replicas" sums). */
  public times(factor: number): Quantity {
    if (!Number.isSafeInteger(factor)) throw new RangeError(`factor ${factor} is not an integer`);
    return new Quantity(`${factor}*${this.text}`, this.numerator * BigInt(factor), this.denominator);
  }
}

/** Parses a quantity (see `Quantity.parse`). @internal */
export function parseQuantity(text: unknown): Quantity | undefined {
  return Quantity.parse(text);
}

/**
 * Compares two quantity strings exactly; -1, 0 or 1. Throws a RangeError when one is not a
 * quantity: callers validate their inputs first (with `requireQuantity`).
 * @internal
 */
export function compareQuantities(a: string, b: string): -1 | 0 | 1 {
  const qa = Quantity.parse(a);
  const qb = Quantity.parse(b);
  if (!qa || !qb) throw new RangeError(`not a quantity: ${!qa ? a : b}`);
  return qa.compare(qb);
}

/**
 * The numeric value of a Kubernetes quantity (`'500m'` → 0.5, `'1Gi'` → 1073741824), or
 * undefined when the API server would refuse the string or it is negative (no amount kubeward
 * writes may be negative). Use `Quantity` when exact comparison matters.
 * @internal
 */
export function quantityValue(text: unknown): number | undefined {
  if (typeof text !== 'string') return undefined;
  const q = Quantity.parse(text);
  if (!q || q.negative) return undefined;
  return q.toNumber();
}

/**
 * Throws a KubewardError unless `text` is a strictly positive quantity string; returns its value
 * as a number. `example` is shown in the fix (e.g. `'500m'` for CPU, `'512Mi'` for memory).
 * @internal
 */
export function requireQuantity(path: string, prop: string, text: unknown, example: string): number {
  return requireExactQuantity(path, prop, text, example).toNumber();
}

/**
 * Like `requireQuantity`, but returns the exact `Quantity`.
 * @param allowZero accept `0` (quota items that are deliberately closed, such as load balancers)
 * @internal
 */
export function requireExactQuantity(path: string, prop: string, text: unknown, example: string, allowZero = false): Quantity {
  const q = typeof text === 'string' ? Quantity.parse(text) : undefined;
  if (!q || q.negative || (q.zero && !allowZero)) {
    const shown = typeof text === 'string' ? JSON.stringify(text) : String(text);
    throw new KubewardError(path, prop, `${shown} is not a ${allowZero ? 'non-negative' : 'positive'} Kubernetes quantity`,
      `write a quantity string such as ${JSON.stringify(example)} (suffixes m, k, M, G, T, Ki, Mi, Gi, Ti or an exponent like 5e3)`);
  }
  return q;
}
