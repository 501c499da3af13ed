// Exact resource amounts for quota and LimitRange arithmetic. The API server adds quantities
// exactly (k8s.io/apimachinery/pkg/api/resource, inf.Dec); a float sum would let 0.1 + 0.2 CPU
// exceed a 0.3 quota, or 12 × 1Gi differ from 12Gi. Parsing is lib/core/quantity.ts (a pure
// helper); sums, products and comparisons are exact fractions here.
import { Quantity } from '../../lib/core/quantity';

/** Parsed quantities by text (amounts are immutable). */
const PARSED = new Map<string, Amount>();

/** An exact non-negative amount: numerator / denominator. */
export class Amount {
  /** Zero. */
  public static readonly ZERO = new Amount(0n, 1n);

  /** Parses a quantity (`500m`, `1Gi`, `2`); throws on text the API server would refuse. */
  public static of(text: unknown): Amount {
    const key = String(text);
    let a = typeof text === 'string' || typeof text === 'number' ? PARSED.get(key) : undefined;
    if (a === undefined) {
      const q = Quantity.parse(text);
      if (!q) throw new Error(`not a quantity: ${JSON.stringify(text)}`);
      a = new Amount(q.numerator, q.denominator);
      if (typeof text === 'string' || typeof text === 'number') PARSED.set(key, a);
    }
    return a;
  }

  /** Parses a quantity, or undefined when absent or invalid. */
  public static maybe(text: unknown): Amount | undefined {
    if (text === undefined || text === null) return undefined;
    return Amount.of(text);
  }

  private constructor(public readonly n: bigint, public readonly d: bigint) {}

  /** this + other. */
  public plus(other: Amount): Amount {
    return new Amount(this.n * other.d + other.n * this.d, this.d * other.d).reduced();
  }

  /** this × a whole number. */
  public times(k: number): Amount {
    if (!Number.isSafeInteger(k) || k < 0) throw new Error(`not a count: ${k}`);
    return new Amount(this.n * BigInt(k), this.d).reduced();
  }

  /** this × other. */
  public multiply(other: Amount): Amount {
    return new Amount(this.n * other.n, this.d * other.d).reduced();
  }

  /** -1, 0 or 1. */
  public compare(other: Amount): -1 | 0 | 1 {
    const a = this.n * other.d;
    const b = other.n * this.d;
    return a < b ? -1 : a > b ? 1 : 0;
  }

  /** The larger of the two. */
  public max(other: Amount): Amount {
    return this.compare(other) >= 0 ? this : other;
  }

  /** Readable text: cores as millicores when fractional, bytes as Mi/Gi when whole. */
  public toString(): string {
    if (this.n % this.d === 0n) {
      const v = this.n / this.d;
      const GI = 2n ** 30n;
      const MI = 2n ** 20n;
      if (v !== 0n && v % GI === 0n) return `${v / GI}Gi`;
      if (v !== 0n && v % MI === 0n) return `${v / MI}Mi`;
      return v.toString();
    }
    const milli = (this.n * 1000n) / this.d;
    return (this.n * 1000n) % this.d === 0n ? `${milli}m` : `${Number(this.n) / Number(this.d)}`;
  }

  private reduced(): Amount {
    const g = gcd(this.n < 0n ? -this.n : this.n, this.d);
    return g > 1n ? new Amount(this.n / g, this.d / g) : this;
  }
}

function gcd(a: bigint, b: bigint): bigint {
  while (b !== 0n) [a, b] = [b, a % b];
  return a === 0n ? 1n : a;
}

/** Sum of amounts. */
export function sum(amounts: Iterable<Amount>): Amount {
  let total = Amount.ZERO;
  for (const a of amounts) total = total.plus(a);
  return total;
}
