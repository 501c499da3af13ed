// Five-field cron expressions, checked before Velero (or Kubernetes, for CronJobs) would refuse
// them at apply time or, worse, accept a typo that never fires (`0 25 * * *`).
import { KubewardError } from '../core/errors';
import { show } from '../tenancy/checks';

interface Field {
  readonly name: string;
  readonly min: number;
  readonly max: number;
  readonly names?: readonly string[];
}

const FIELDS: readonly Field[] = [
  { name: 'minute', min: 0, max: 59 },
  { name: 'hour', min: 0, max: 23 },
  { name: 'day of month', min: 1, max: 31 },
  { name: 'month', min: 1, max: 12, names: ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'] },
  // 0 and 7 are both Sunday.
  { name: 'day of week', min: 0, max: 7, names: ['SUN', 'MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT'] },
];

function value(field: Field, text: string): number | undefined {
  if (/^\d{1,2}$/.test(text)) {
    const n = Number(text);
    return n >= field.min && n <= field.max ? n : undefined;
  }
  const i = field.names?.indexOf(text.toUpperCase()) ?? -1;
  if (i < 0) return undefined;
  return field.name === 'month' ? i + 1 : i;
}

/** The problem with one field, or undefined when it is valid. */
function fieldProblem(field: Field, text: string): string | undefined {
  for (const item of text.split(',')) {
    const [range, step, ...rest] = item.split('/');
    if (rest.length > 0) return `"${item}" has more than one "/"`;
    if (step !== undefined && (!/^\d{1,2}$/.test(step) || Number(step) < 1 || Number(step) > field.max)) {
      return `step "${step}" in "${item}" is not from 1 to ${field.max}`;
    }
    if (range === '*') continue;
    const [lo, hi, ...more] = range.split('-');
    if (more.length > 0) return `"${range}" is not a range`;
    const a = value(field, lo);
    if (a === undefined) return `"${lo}" is outside ${field.min}-${field.max}`;
    if (hi !== undefined) {
      const b = value(field, hi);
      if (b === undefined) return `"${hi}" is outside ${field.min}-${field.max}`;
      if (b < a) return `range "${range}" runs backwards`;
    }
  }
  return undefined;
}

/**
 * Throws a KubewardError unless `expr` is a standard five-field cron expression (minute, hour,
 * day of month, month, day of week; numbers, names, `*`, ranges, lists and steps). Descriptors
 * such as `@daily` are refused: not every consumer accepts them, and five fields say the same.
 */
export function assertCron(path: string, prop: string, expr: unknown): string {
  const fix = 'write five fields "minute hour day-of-month month day-of-week", e.g. "0 2 * * *" for 02:00 every day';
  if (typeof expr !== 'string') throw new KubewardError(path, prop, `${show(expr)} is not a cron expression`, fix);
  const fields = expr.trim().split(/\s+/);
  if (fields.length !== 5 || expr !== expr.trim()) {
    throw new KubewardError(path, prop, `${show(expr)} has ${fields.length} fields, not 5`, fix);
  }
  fields.forEach((f, i) => {
    const problem = fieldProblem(FIELDS[i], f);
    if (problem) throw new KubewardError(path, prop, `${show(expr)}: ${FIELDS[i].name} ${problem}`, fix);
  });
  return expr;
}
