import type { CliIo } from './io';
import { ParsedValues, UsageError } from './usage';
import { LoadOptions, LoadResult, loadPaths, STDIN_NAME } from '../policy/input';
import { DEFAULT_MAX_DEPTH, DEFAULT_MAX_DOCUMENTS, DEFAULT_MAX_ERRORS_PER_FILE } from '../policy/input/options';
import type { InputError } from '../policy/types';

/** The options (for `parseCommand`) of the loader flags that `audit` and `images` share. */
export const LOAD_FLAGS = {
  'max-file-mib': { type: 'string' },
  'max-depth': { type: 'string' },
  'max-documents': { type: 'string' },
  'max-errors-per-file': { type: 'string' },
  'follow-symlinks': { type: 'boolean' },
} as const;

/**
 * Reads a flag that takes a positive whole number, or undefined when it is absent. Anything else
 * (`0`, `-1`, `1.5`, `lots`, a number past 2^53) is a usage error naming the flag and its default,
 * so a typo never silently lifts or disables a bound on hostile input.
 */
export function positiveInteger(values: ParsedValues, name: string, fallback: number): number | undefined {
  const v = values[name];
  if (v === undefined) return undefined;
  const n = typeof v === 'string' && /^\s*\d+\s*$/.test(v) ? Number(v) : NaN;
  if (!Number.isSafeInteger(n) || n < 1) {
    throw new UsageError(`--${name} must be a positive whole number (got "${String(v)}"); pass for example --${name} ${fallback} (the default).`);
  }
  return n;
}

/** The loader options that the --max-file-mib, --max-depth, --max-documents, --max-errors-per-file and --follow-symlinks flags set. */
export function loadOptionsOf(values: ParsedValues): LoadOptions {
  const maxDepth = positiveInteger(values, 'max-depth', DEFAULT_MAX_DEPTH);
  const maxDocuments = positiveInteger(values, 'max-documents', DEFAULT_MAX_DOCUMENTS);
  const maxErrorsPerFile = positiveInteger(values, 'max-errors-per-file', DEFAULT_MAX_ERRORS_PER_FILE);
  const options: LoadOptions = {
    ...(values['follow-symlinks'] === true ? { followSymlinks: true } : {}),
    ...(maxDepth !== undefined ? { maxDepth } : {}),
    ...(maxDocuments !== undefined ? { maxDocuments } : {}),
    ...(maxErrorsPerFile !== undefined ? { maxErrorsPerFile } : {}),
  };
  const v = values['max-file-mib'];
  if (v === undefined) return options;
  const mib = Number(v);
  if (typeof v !== 'string' || !Number.isFinite(mib) || mib <= 0) {
    throw new UsageError(`--max-file-mib must be a positive number of MiB (got "${String(v)}").`);
  }
  return { ...options, maxFileBytes: Math.floor(mib * 1024 * 1024) };
}

/** How a command treats inputs that hold no Kubernetes object. */
export interface EmptyInputOptions {
  /**
   * Accept inputs that hold no object at all (`--allow-empty`).
   * @default false - `helm template ... | kubeward audit -` must not pass when the renderer
   * printed nothing, so zero objects is an input error (exit code 2).
   */
  readonly allowEmpty?: boolean;
}

/**
 * The input error of a run that found no object in any of its inputs, naming them. It is a
 * `read` error so that every report format (and the exit code, 2) shows it like a missing file:
 * an empty directory or an empty pipe usually means the step that renders the manifests failed.
 */
export function noObjectsError(paths: readonly string[], files: number): InputError {
  const names = paths.map((p) => (p === '-' ? STDIN_NAME : p)).join(', ');
  return {
    kind: 'read',
    message: `no Kubernetes object found in ${names} (${files} file${files === 1 ? '' : 's'} read); an empty input usually means the step that renders the manifests failed. Pass --allow-empty if an empty input is expected.`,
    source: {},
  };
}

/**
 * Loads the paths of a command, reading stdin first (asynchronously) when one of them is `-`.
 * Unless `allowEmpty` is set, inputs without any object add a {@link noObjectsError}.
 */
export async function loadInputs(paths: readonly string[], io: CliIo, options: LoadOptions & EmptyInputOptions): Promise<LoadResult> {
  if (paths.length === 0) throw new UsageError('give at least one file or directory (or - for stdin).');
  let stdin: Uint8Array | undefined;
  if (paths.includes('-')) {
    // One byte past the cap is enough for the loader to report the limit.
    stdin = await io.readStdin((options.maxFileBytes ?? 16 * 1024 * 1024) + 1);
  }
  const { allowEmpty, ...loadOptions } = options;
  const loaded = loadPaths(paths, { ...loadOptions, ...(stdin ? { stdin } : {}) });
  if (loaded.objects.length > 0 || allowEmpty) return loaded;
  return { ...loaded, errors: [...loaded.errors, noObjectsError(paths, loaded.files)] };
}
