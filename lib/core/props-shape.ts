// The declared shape of every props object, and the one check that refuses unknown props.
//
// Props reach kubeward from TypeScript, but also from JavaScript, YAML-driven generators and
// spreads of wider objects, where a typo (`replica: 5`, `resources.memroy`) is not a compile
// error: without this check it would be ignored and the default would silently apply. Each props
// type has one declared shape (see `shapeOf` for how to add a prop); the construct, component or
// method checks its whole input against it once, nested objects included, before any other
// check, and a KubewardError names the construct path, the prop path and the nearest known name.
// This file imports nothing but the error class, so the cdk8s and the Pulumi side both use it.
import { KubewardError } from './errors';

/** A prop whose value its resolver checks (a scalar, a list of scalars, a free-form map, an object with behaviour). */
export interface ValueShape {
  /** Discriminant. */
  readonly kind: 'value';
}

/** An options object: only the declared keys are accepted, and each value is checked against its own shape. */
export interface ObjectShape {
  /** Discriminant. */
  readonly kind: 'object';
  /** The props type's name, shown in messages (`ContainerResources`). */
  readonly name: string;
  /** The known keys and their shapes. */
  readonly fields: Readonly<Record<string, PropShape>>;
  /**
   * Props of related types that mean nothing here, with the reason (a CronJob has no `port`),
   * so the message explains instead of guessing a near name.
   */
  readonly misplaced: Readonly<Record<string, string>>;
}

/** A list whose items have a shape (`volumes`, `ports`). */
export interface ListShape {
  /** Discriminant. */
  readonly kind: 'list';
  /** Shape of each item. */
  readonly item: PropShape;
}

/** A part that is either configured with `options` or turned off with `{ enabled: false, reason }`. */
export interface OptOutOrShape {
  /** Discriminant. */
  readonly kind: 'optOutOr';
  /** Shape of the part's options when it is on. */
  readonly options: ObjectShape;
}

/** The shape of one prop. */
export type PropShape = ValueShape | ObjectShape | ListShape | OptOutOrShape;

/** Exactly the keys of `T`, each with a shape: `tsc` refuses a shape that misses or adds a key. */
export type ShapeFields<T> = { readonly [K in keyof T]-?: PropShape };

/** The shape of a prop whose value its resolver checks. */
export const VALUE: ValueShape = Object.freeze({ kind: 'value' as const });

/**
 * Declares the shape of a props type: the one list of its prop names.
 *
 * Adding a prop to any construct, component or method:
 * 1. add it to its interface, with JSDoc and `@default` (e.g. `TenantMeshOptions` in
 *    lib/tenancy/props.ts);
 * 2. add the same key to that interface's shape (lib/<family>/shapes.ts, or beside the
 *    interface when only that file uses it). Shapes are typed `ShapeFields<TheInterface>`, so
 *    `tsc` fails until the interface and the shape list the same keys. Give the key
 *    - `VALUE` when its resolver checks the value itself (string, number, boolean, enum, list of
 *      strings, a free-form map such as labels or env, a construct or peer object),
 *    - `shapeOf<Options>('Options', { ... })` for a nested options object,
 *    - `listOf(shape)` for a list of options objects (`volumes`, `ports`),
 *    - `optOutOr(shape)` for a part that is on by default and is turned off with
 *      `{ enabled: false, reason }`.
 * Nothing else lists prop names (no second allow-list to keep in step), and the entry point
 * already calls `checkShape` on its whole input, so the new prop is accepted and its typos
 * refused with a "did you mean" as soon as it is in the shape.
 *
 * @example
 * const RESOURCES = shapeOf<ContainerResources>('ContainerResources', { cpu: VALUE, memory: VALUE, cpuLimit: VALUE, memoryLimit: VALUE });
 * const PROPS = shapeOf<HardenedPodProps>('HardenedPodProps', { image: VALUE, resources: RESOURCES, ... });
 * checkShape(path, '', props, PROPS); // first thing in the constructor
 *
 * @param name the type's name, used in messages
 * @param fields every key of `T`, with its shape
 * @param misplaced props of sibling types that mean nothing for this one, with the reason
 */
export function shapeOf<T>(name: string, fields: ShapeFields<T>, misplaced: Readonly<Record<string, string>> = {}): ObjectShape {
  for (const key of Object.keys(misplaced)) {
    if (Object.prototype.hasOwnProperty.call(fields, key)) throw new Error(`shape ${name}: ${key} is both a field and misplaced`);
  }
  return Object.freeze({ kind: 'object' as const, name, fields: Object.freeze({ ...fields }) as Record<string, PropShape>, misplaced: Object.freeze({ ...misplaced }) });
}

/** Declares a list whose items have a shape. */
export function listOf(item: PropShape): ListShape {
  return Object.freeze({ kind: 'list' as const, item });
}

/** Declares a part that is configured with `options` or turned off with `{ enabled: false, reason }`. */
export function optOutOr(options: ObjectShape): OptOutOrShape {
  return Object.freeze({ kind: 'optOutOr' as const, options });
}

/** The shape of `{ enabled: false, reason }` (the reason itself is checked by the family's opt-out check). */
export const OPT_OUT_SHAPE: ObjectShape = shapeOf<{ enabled: false; reason: string }>('an opt-out ({ enabled: false, reason })', { enabled: VALUE, reason: VALUE });

/** Whether a value is a plain object (not null, not an array). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Throws a KubewardError at the first key of `input` (nested ones included) that its shape does
 * not declare. Values of the wrong type are left to the resolvers, which name the expected type;
 * only keys are checked here.
 * @param path construct path (or Pulumi resource name, or factory name) for the error
 * @param prop dotted prop path of `input` (`''` for a construct's whole props)
 */
export function checkShape(path: string, prop: string, input: unknown, shape: PropShape): void {
  switch (shape.kind) {
    case 'value':
      // A free-form map (labels, env, tags) with an own `__proto__` key (JSON.parse makes one):
      // every copy made with spread or assignment drops or repurposes it, so what is written
      // would differ from what was asked.
      if (isRecord(input) && Object.prototype.hasOwnProperty.call(input, '__proto__')) {
        throw new KubewardError(path, prop ? `${prop}.__proto__` : '__proto__', 'is a key JavaScript reads as the object\'s prototype, so it cannot be carried into the manifest', 'rename the key');
      }
      return;
    case 'list':
      if (Array.isArray(input)) input.forEach((item, i) => checkShape(path, `${prop}[${i}]`, item, shape.item));
      return;
    case 'optOutOr':
      checkShape(path, prop, input, isRecord(input) && input.enabled === false ? OPT_OUT_SHAPE : shape.options);
      return;
    case 'object':
      if (!isRecord(input)) return;
      for (const key of Object.keys(input)) {
        const where = prop ? `${prop}.${printableKey(key)}` : printableKey(key);
        if (!Object.prototype.hasOwnProperty.call(shape.fields, key)) throw unknownKey(path, where, key, shape);
        checkShape(path, where, input[key], shape.fields[key]);
      }
      return;
  }
}

function unknownKey(path: string, where: string, key: string, shape: ObjectShape): KubewardError {
  const known = Object.keys(shape.fields);
  const list = known.join(', ');
  if (Object.prototype.hasOwnProperty.call(shape.misplaced, key)) {
    return new KubewardError(path, where, `is not an option of ${shape.name}: ${shape.misplaced[key]}`, `remove ${printableKey(key)} (${shape.name} takes ${list})`);
  }
  const near = nearestName(key, known) ?? nestedName(key, shape);
  if (near !== undefined) {
    return new KubewardError(path, where, `is not a known option of ${shape.name}; did you mean "${near}"?`, `rename it to ${near} (${shape.name} takes ${list})`);
  }
  return new KubewardError(path, where, `is not a known option of ${shape.name}`, `remove it, or use one of ${list}`);
}

/** A key as it appears in a prop path: as written when it is an ordinary name, JSON-quoted otherwise. */
function printableKey(key: string): string {
  return /^[\w$./-]{1,100}$/.test(key) ? key : JSON.stringify(key.length > 100 ? `${key.slice(0, 97)}...` : key);
}

/** A key that belongs one level down (`cpu` given beside `resources`): `resources.cpu`. */
function nestedName(key: string, shape: ObjectShape): string | undefined {
  const lower = key.toLowerCase();
  for (const [name, field] of Object.entries(shape.fields)) {
    const inner = field.kind === 'object' ? field : field.kind === 'optOutOr' ? field.options : undefined;
    const hit = inner && Object.keys(inner.fields).find((k) => k.toLowerCase() === lower);
    if (hit) return `${name}.${hit}`;
  }
  return undefined;
}

/** Longest key for which a suggestion is computed (the distance is quadratic in the length). */
const MAX_SUGGESTED_LENGTH = 64;

/**
 * The known name closest to `word`, or undefined when none is close: case is ignored, and the
 * distance counts insertions, deletions, substitutions and swaps of neighbouring letters (so
 * `memroy` is one step from `memory`, `timezone` none from `timeZone`). A name is close when at
 * most a third of the word (at least one letter) differs; ties go to the first declared name.
 */
export function nearestName(word: string, candidates: readonly string[]): string | undefined {
  if (word.length === 0 || word.length > MAX_SUGGESTED_LENGTH) return undefined;
  const limit = Math.max(1, Math.floor(word.length / 3));
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (const c of candidates) {
    const d = editDistance(word.toLowerCase(), c.toLowerCase());
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  return best;
}

/** Optimal string alignment distance (Levenshtein plus adjacent transpositions). */
function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > MAX_SUGGESTED_LENGTH) return Infinity;
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    rows.push([i]);
    for (let j = 1; j <= b.length; j++) {
      if (i === 0) {
        rows[i].push(j);
        continue;
      }
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(rows[i - 1][j] + 1, rows[i][j - 1] + 1, rows[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, rows[i - 2][j - 2] + 1);
      rows[i].push(d);
    }
  }
  return rows[a.length][b.length];
}
