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
  // 0 and 7 are both Sunday.
  { name: 'day of week', min: 0, max: 7, names: ['SUN', 'MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT'], question: true },
];

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
 * What is wrong with a cron expression, worded to follow the shown value
 * (`"0 24 * * *" is not a valid cron expression: hour "24" is outside 0-23`), or undefined when
 * it is valid under `options`. Numbers, month and weekday names, `*`, ranges, lists and steps are
 * accepted; surrounding white space and embedded time zones (`TZ=`, `CRON_TZ=`) never are.
 */
export function cronProblem(expr: unknown, options: CronOptions = {}): string | undefined {
  if (typeof expr !== 'string') return 'is not a string';
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
