// Five-field cron expressions (minute hour day-of-month month day-of-week), checked before the
// consumer would refuse them at apply time or, worse, accept a typo that never fires
// (`0 25 * * *`, a CronJob whose Job never runs). Velero and the CronJob controller both parse
// with robfig/cron, but accept different extras, so each caller states its policy in options.
import { show } from './checks';
import { KubewardError } from './errors';

/** What a consumer accepts beyond plain five-field expressions. @internal */
export interface CronOptions {
  /**
   * Accept the descriptors `@yearly`, `@annually`, `@monthly`, `@weekly`, `@daily`, `@midnight`
   * and `@hourly` in place of the five fields.
   * @default false - not every consumer accepts them (Velero schedules), and five fields say the same
   */
  readonly macros?: boolean;
  /**
   * Accept `?` ("no specific value") as an item of the day-of-month and day-of-week fields.
   * @default false - `*` says the same, and not every consumer reads `?`
   */
  readonly questionMark?: boolean;
}

interface Field {
  readonly name: string;
  readonly min: number;
  readonly max: number;
  readonly names?: readonly string[];
  /** Whether `?` may stand in this field (when the caller allows it at all). */
  readonly question?: boolean;
}

const MACROS = ['@yearly', '@annually', '@monthly', '@weekly', '@daily', '@midnight', '@hourly'];

const FIELDS: readonly Field[] = [
  { name: 'minute', min: 0, max: 59 },
  { name: 'hour', min: 0, max: 23 },
  { name: 'day of month', min: 1, max: 31, question: true },
  { name: 'month', min: 1, max: 12, names: ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'] },
  // 0-6 as robfig/cron v3's standard parser bounds it (parser.go: dow = bounds{0, 6, ...}),
  // which both the CronJob controller and Velero use: 7 is refused, not read as Sunday.
  { name: 'day of week', min: 0, max: 6, names: ['SUN', 'MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT'], question: true },
];

/** Days in each month, February in a leap year (a schedule on the 29th fires every four years). */
const MONTH_DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** The number a field item stands for, or undefined when it is not a value of the field. */
function valueOf(field: Field, text: string): number | undefined {
  // Leading zeros are fine: the parsers read numbers with strconv.Atoi.
  if (/^\d+$/.test(text)) {
    const n = Number(text);
    return n >= field.min && n <= field.max ? n : undefined;
  }
  const i = field.names?.indexOf(text.toUpperCase()) ?? -1;
  if (i < 0) return undefined;
  return field.name === 'month' ? i + 1 : i;
}

/** The problem with one field, or undefined when it is valid. */
function fieldProblem(field: Field, text: string, questionMark: boolean): string | undefined {
  for (const item of text.split(',')) {
    if (item === '') return 'has an empty list item';
    if (item === '?' && field.question) {
      if (questionMark) continue;
      return '"?" is not accepted here (write "*")';
    }
    const [range, step, ...rest] = item.split('/');
    if (rest.length > 0) return `"${item}" has more than one "/"`;
    if (step !== undefined && (!/^\d+$/.test(step) || Number(step) < 1 || Number(step) > field.max)) {
      return `step "${step}" in "${item}" is not from 1 to ${field.max}`;
    }
    if (range === '*') continue;
    const [lo, hi, ...more] = range.split('-');
    if (more.length > 0) return `"${range}" is neither a value nor a range`;
    const a = valueOf(field, lo);
    if (a === undefined) return `"${lo}" is outside ${field.min}-${field.max}`;
    if (hi !== undefined) {
      const b = valueOf(field, hi);
      if (b === undefined) return `"${hi}" is outside ${field.min}-${field.max}`;
      if (b < a) return `range "${range}" runs backwards`;
    }
  }
  return undefined;
}

/**
 * The values a (valid) field selects, and whether robfig/cron marks it as "star" (`*` or `?`
 * with no step above 1), which decides how day-of-month and day-of-week combine.
 */
function expand(field: Field, text: string): { values: Set<number>; star: boolean } {
  const values = new Set<number>();
  let star = false;
  for (const item of text.split(',')) {
    const [range, stepText] = item.split('/');
    const step = stepText === undefined ? 1 : Number(stepText);
    let lo: number; let hi: number;
    if (range === '*' || range === '?') {
      lo = field.min; hi = field.max;
      if (step === 1) star = true;
    } else {
      const [a, b] = range.split('-');
      lo = valueOf(field, a)!;
      // "N/step" means N to the maximum, every step (robfig/cron parser.go getRange).
      hi = b !== undefined ? valueOf(field, b)! : stepText !== undefined ? field.max : lo;
    }
    for (let v = lo; v <= hi; v += step) values.add(v);
  }
  return { values, star };
}

/**
 * Whether a valid five-field expression can ever fire. robfig/cron (dayMatches) requires both
 * day fields when either is a star, and either of them otherwise; so only a restricted
 * day-of-month beside a star day-of-week can miss every day, when none of its days exists in
 * any allowed month (`0 0 31 2 *`, `0 0 30 2 *`).
 */
function canFire(fields: readonly string[]): boolean {
  const dom = expand(FIELDS[2], fields[2]);
  const dow = expand(FIELDS[4], fields[4]);
  if (!dow.star || dom.star) return true;
  const months = expand(FIELDS[3], fields[3]).values;
  return [...months].some((m) => [...dom.values].some((d) => d <= MONTH_DAYS[m - 1]));
}

/**
 * What is wrong with a cron expression, worded to follow the shown value
 * (`"0 24 * * *" is not a valid cron expression: hour "24" is outside 0-23`), or undefined when
 * it is valid under `options`. Numbers, month and weekday names, `*`, ranges, lists and steps are
 * accepted; surrounding white space and embedded time zones (`TZ=`, `CRON_TZ=`) never are.
 */
export function cronProblem(expr: unknown, options: CronOptions = {}): string | undefined {
  if (typeof expr !== 'string') return 'is not a string';
  if (/[\t\n\v\f\r]/.test(expr)) return 'contains a tab or line break; separate the fields with single spaces';
  if (expr !== expr.trim()) return 'has white space around it';
  if (expr.startsWith('@')) {
    if (!options.macros) return 'is a macro, which this schedule does not accept';
    return MACROS.includes(expr) ? undefined : `is not one of the macros ${MACROS.join(', ')}`;
  }
  if (/TZ=/.test(expr)) return 'embeds a time zone; the zone is set apart from the expression';
  const fields = expr === '' ? [] : expr.split(/\s+/);
  if (fields.length !== FIELDS.length) return `has ${fields.length} fields, not ${FIELDS.length}`;
  for (let i = 0; i < FIELDS.length; i++) {
    const problem = fieldProblem(FIELDS[i], fields[i], options.questionMark ?? false);
    if (problem) return `is not a valid cron expression: ${FIELDS[i].name} ${problem}`;
  }
  if (!canFire(fields)) return 'never fires: no allowed month has any of its days of the month';
  return undefined;
}

/**
 * Throws a KubewardError unless `expr` is a valid cron expression under `options` (see
 * {@link cronProblem}); returns it.
 * @internal
 */
export function assertCron(path: string, prop: string, expr: unknown, options: CronOptions = {}): string {
  const problem = cronProblem(expr, options);
  if (problem !== undefined) {
    const macro = options.macros ? ', or a macro such as "@daily"' : '';
    throw new KubewardError(path, prop, `${show(expr)} ${problem}`,
      `write five fields "minute hour day-of-month month day-of-week", e.g. "0 2 * * *" for 02:00 every day or "*/15 * * * *" for every 15 minutes${macro}`);
  }
  return expr as string;
}

// Time zones as the CronJob controller reads spec.timeZone (Go's time.LoadLocation over the IANA
// database, case-sensitive) and Velero reads a schedule's zone. The IANA names Node's ICU knows
// are the oracle; `UTC` and `Etc/UTC` are the zone's own names, which ICU lists only as aliases.
let zones: Set<string> | undefined;

/** The IANA zone names accepted: canonical names from ICU plus `UTC` and `Etc/UTC`. @internal */
export function isTimeZone(value: unknown): value is string {
  zones ??= new Set([...Intl.supportedValuesOf('timeZone'), 'UTC', 'Etc/UTC']);
  return typeof value === 'string' && zones.has(value);
}

/** Throws a KubewardError unless `value` is an IANA time zone name; returns it. @internal */
export function assertTimeZone(path: string, prop: string, value: unknown): string {
  if (isTimeZone(value)) return value;
  let canonical: string | undefined;
  try {
    if (typeof value === 'string') canonical = new Intl.DateTimeFormat('en', { timeZone: value }).resolvedOptions().timeZone;
  } catch {
    canonical = undefined;
  }
  const hint = canonical !== undefined && isTimeZone(canonical) ? `write its canonical IANA name "${canonical}"` : 'use an IANA name such as "Asia/Shanghai" or "Etc/UTC"';
  throw new KubewardError(path, prop, `${show(value)} is not an IANA time zone name`, hint);
}
