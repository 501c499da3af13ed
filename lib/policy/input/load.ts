import type { KubeObject } from '../model/object';
import type { InputError } from '../types';
import { LoadOptions, resolveLoadOptions } from './options';
import { parseManifests } from './parse';
import { STDIN_NAME, readInput } from './read';
import { expandPaths } from './walk';

/** What the loader read. */
export interface LoadResult {
  /** Every object read, in file order then document order. */
  readonly objects: KubeObject[];
  /** Every problem met; none of them stops the other files from being read. */
  readonly errors: InputError[];
  /** Files read (or attempted), stdin included. */
  readonly files: number;
}

/**
 * Loads Kubernetes manifests from files, directories (walked recursively in sorted order) and
 * `-` (standard input). Each file is read within the size cap, decoded as strict UTF-8, parsed
 * as multi-document YAML (YAML 1.1 scalars, as the API server reads them) or JSON within the
 * alias, depth and document limits, and `List` documents are
 * flattened. An empty file yields no object and no error.
 */
export function loadPaths(paths: readonly string[], options: LoadOptions = {}): LoadResult {
  const resolved = resolveLoadOptions(options);
  const expanded = expandPaths(paths, { followSymlinks: options.followSymlinks === true });
  const objects: KubeObject[] = [];
  const errors: InputError[] = [...expanded.errors];
  for (const file of expanded.files) {
    const read = readInput(file, resolved.maxFileBytes, resolved.stdin);
    if ('error' in read) {
      errors.push(read.error);
      continue;
    }
    const parsed = parseManifests(read.text, file === '-' ? STDIN_NAME : file, resolved);
    for (const o of parsed.objects) objects.push(o);
    for (const e of parsed.errors) errors.push(e);
  }
  return { objects, errors, files: expanded.files.length };
}

/** Parses manifest text already in memory (for example a synthesized chart), as the loader would. */
export function loadText(text: string, file: string, options: LoadOptions = {}): LoadResult {
  const parsed = parseManifests(text, file, resolveLoadOptions(options));
  return { objects: parsed.objects, errors: parsed.errors, files: 1 };
}
