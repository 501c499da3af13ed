import { parseArgs, ParseArgsConfig } from 'util';

/** A mistake on the command line: printed with a hint, exit code 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** Options as util.parseArgs returns them. */
export type ParsedValues = Record<string, string | boolean | Array<string | boolean> | undefined>;

/** Parses a command's arguments strictly, turning parseArgs errors into usage errors. */
export function parseCommand(args: readonly string[], options: NonNullable<ParseArgsConfig['options']>): { values: ParsedValues; positionals: string[] } {
  try {
    const { values, positionals } = parseArgs({ args: [...args], options, allowPositionals: true, strict: true });
    return { values: values as ParsedValues, positionals };
  } catch (e) {
    // parseArgs messages already name the option; drop its advice about `--` separators.
    throw new UsageError((e as Error).message.replace(/\. To specify a positional argument.*$/s, '.'));
  }
}

/** Reads a string option restricted to a set of values. */
export function oneOf<T extends string>(values: ParsedValues, name: string, allowed: readonly T[], fallback: T): T {
  const v = values[name];
  if (v === undefined) return fallback;
  if (typeof v !== 'string' || !(allowed as readonly string[]).includes(v)) {
    throw new UsageError(`--${name} must be one of ${allowed.join(', ')} (got "${String(v)}").`);
  }
  return v as T;
}

/** Reads a repeatable string option. */
export function many(values: ParsedValues, name: string): string[] | undefined {
  const v = values[name];
  if (v === undefined) return undefined;
  return (Array.isArray(v) ? v : [v]).map(String);
}
