import type { CliIo } from './io';
import { ParsedValues, UsageError } from './usage';
import { LoadOptions, LoadResult, loadPaths } from '../policy/input';

/** The loader options that the --max-file-mib flag sets. */
export function loadOptionsOf(values: ParsedValues): LoadOptions {
  const v = values['max-file-mib'];
  if (v === undefined) return {};
  const mib = Number(v);
  if (typeof v !== 'string' || !Number.isFinite(mib) || mib <= 0) {
    throw new UsageError(`--max-file-mib must be a positive number of MiB (got "${String(v)}").`);
  }
  return { maxFileBytes: Math.floor(mib * 1024 * 1024) };
}

/** Loads the paths of a command, reading stdin first (asynchronously) when one of them is `-`. */
export async function loadInputs(paths: readonly string[], io: CliIo, options: LoadOptions): Promise<LoadResult> {
  if (paths.length === 0) throw new UsageError('give at least one file or directory (or - for stdin).');
  let stdin: Uint8Array | undefined;
  if (paths.includes('-')) {
    // One byte past the cap is enough for the loader to report the limit.
    stdin = await io.readStdin((options.maxFileBytes ?? 16 * 1024 * 1024) + 1);
  }
  return loadPaths(paths, { ...options, ...(stdin ? { stdin } : {}) });
}
