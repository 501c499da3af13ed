import type { CliIo } from './io';
import { ParsedValues, UsageError } from './usage';
import { LoadOptions, LoadResult, loadPaths, STDIN_NAME } from '../policy/input';
import type { InputError } from '../policy/types';

/** The loader options that the --max-file-mib and --follow-symlinks flags set. */
export function loadOptionsOf(values: ParsedValues): LoadOptions {
  const follow: LoadOptions = values['follow-symlinks'] === true ? { followSymlinks: true } : {};
  const v = values['max-file-mib'];
  if (v === undefined) return follow;
  const mib = Number(v);
  if (typeof v !== 'string' || !Number.isFinite(mib) || mib <= 0) {
    throw new UsageError(`--max-file-mib must be a positive number of MiB (got "${String(v)}").`);
  }
  return { ...follow, maxFileBytes: Math.floor(mib * 1024 * 1024) };
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
