// CronJob schedule validation, following the standard five-field syntax the CronJob controller
// parses (minute hour day-of-month month day-of-week, names for months and weekdays, and the
// @hourly-style macros). Invalid schedules are otherwise only noticed when no Job ever runs.

const MACROS = new Set(['@yearly', '@annually', '@monthly', '@weekly', '@daily', '@midnight', '@hourly']);
const MONTHS = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];
const DAYS = ['SUN', 'MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT'];

interface Field {
  readonly min: number;
  readonly max: number;
  readonly names?: readonly string[];
  readonly question?: boolean;
}

const FIELDS: readonly Field[] = [
  { min: 0, max: 59 },
  { min: 0, max: 23 },
  { min: 1, max: 31, question: true },
  { min: 1, max: 12, names: MONTHS },
  { min: 0, max: 7, names: DAYS, question: true },
];

/** Returns a description of what is wrong with a schedule, or undefined when it is valid. */
export function scheduleProblem(schedule: unknown): string | undefined {
  if (typeof schedule !== 'string') return 'is not a string';
  const s = schedule.trim();
  if (s.startsWith('@')) return MACROS.has(s) ? undefined : `is not one of the macros ${[...MACROS].join(', ')}`;
  if (/TZ=|CRON_TZ=/.test(s)) return 'embeds a time zone; use the timeZone prop instead';
  const parts = s.split(/\s+/);
  if (parts.length !== 5) return `has ${parts.length} fields; write five: minute hour day-of-month month day-of-week`;
  for (let i = 0; i < 5; i++) {
    const problem = fieldProblem(parts[i], FIELDS[i]);
    if (problem) return `field ${i + 1} (${['minute', 'hour', 'day of month', 'month', 'day of week'][i]}) ${problem}`;
  }
  return undefined;
}

function fieldProblem(text: string, f: Field): string | undefined {
  for (const item of text.split(',')) {
    if (item === '') return 'has an empty list item';
    if (item === '?' && f.question) continue;
    const [range, step, extra] = item.split('/');
    if (extra !== undefined) return `"${item}" has two steps`;
    if (step !== undefined && (!/^\d+$/.test(step) || Number(step) < 1 || Number(step) > f.max)) return `"${item}" has an invalid step`;
    if (range === '*') continue;
    const bounds = range.split('-');
    if (bounds.length > 2) return `"${item}" is not a value or a range`;
    const values = bounds.map((b) => valueOf(b, f));
    if (values.some((v) => v === undefined)) return `"${item}" is outside ${f.min}-${f.max}`;
    if (values.length === 2 && values[0]! > values[1]!) return `"${item}" runs backwards`;
  }
  return undefined;
}

function valueOf(text: string, f: Field): number | undefined {
  if (/^\d+$/.test(text)) {
    const v = Number(text);
    return v >= f.min && v <= f.max ? v : undefined;
  }
  const idx = f.names?.indexOf(text.toUpperCase()) ?? -1;
  if (idx < 0) return undefined;
  return f.names === MONTHS ? idx + 1 : idx;
}
