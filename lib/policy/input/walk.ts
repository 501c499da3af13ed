import * as fs from 'fs';
import * as path from 'path';
import type { InputError } from '../types';

/** File names a directory walk picks up. Files named on the command line are read whatever their name. */
const MANIFEST_FILE = /\.(ya?ml|json)$/i;

/** The files an audit reads, in order, and the paths that could not be expanded. */
export interface ExpandedPaths {
  /** Files (and `-` for stdin) in the order they are read. */
  readonly files: readonly string[];
  /** Unreadable paths and symlink loops. */
  readonly errors: readonly InputError[];
}

function readError(p: string, problem: string): InputError {
  return { kind: 'read', message: `${p}: ${problem}`, source: { file: p } };
}

function describeErrno(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  switch (err.code) {
    case 'ENOENT':
      return 'no such file or directory.';
    case 'EACCES':
      return 'permission denied.';
    case 'ELOOP':
      return 'symlink loop (the link resolves to itself); it was skipped.';
    default:
      return `cannot read (${err.message}).`;
  }
}

/**
 * Expands the command-line paths into the list of files to read. Directories are walked
 * recursively in code-point order of names (so runs are reproducible across machines and
 * locales), picking `.yaml`, `.yml` and `.json` files and skipping hidden entries and
 * `node_modules`. Every file is read once even when reached twice (two arguments, or a symlink);
 * a symlink back to a directory that contains it is reported as a loop instead of followed.
 */
export function expandPaths(paths: readonly string[]): ExpandedPaths {
  const files: string[] = [];
  const errors: InputError[] = [];
  const seenFiles = new Set<string>();
  const walkedDirs = new Set<string>();

  const addFile = (p: string, real: string): void => {
    if (seenFiles.has(real)) return;
    seenFiles.add(real);
    files.push(p);
  };

  // `ancestors` holds the real paths of the directories on the way down, to tell a loop (a link
  // to an ancestor: error) from a mere second route to a directory already read (skipped quietly).
  const walk = (dir: string, real: string, ancestors: Set<string>): void => {
    if (walkedDirs.has(real)) return;
    walkedDirs.add(real);
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch (e) {
      errors.push(readError(dir, describeErrno(e)));
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    ancestors.add(real);
    for (const entry of entries) {
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
      const child = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        walk(child, path.join(real, entry.name), ancestors);
        continue;
      }
      if (entry.isFile()) {
        if (MANIFEST_FILE.test(entry.name)) addFile(child, path.join(real, entry.name));
        continue;
      }
      if (!entry.isSymbolicLink()) continue;
      let target: string;
      let stat: fs.Stats;
      try {
        target = fs.realpathSync(child);
        stat = fs.statSync(target);
      } catch (e) {
        errors.push(readError(child, describeErrno(e)));
        continue;
      }
      if (stat.isDirectory()) {
        if (ancestors.has(target)) {
          errors.push(readError(child, `symlink loop: it points to ${target}, a directory that contains it; it was skipped.`));
        } else {
          walk(child, target, ancestors);
        }
      } else if (stat.isFile() && MANIFEST_FILE.test(entry.name)) {
        addFile(child, target);
      }
    }
    ancestors.delete(real);
  };

  for (const p of paths) {
    if (p === '-') {
      files.push(p);
      continue;
    }
    let real: string;
    let stat: fs.Stats;
    try {
      real = fs.realpathSync(p);
      stat = fs.statSync(real);
    } catch (e) {
      errors.push(readError(p, describeErrno(e)));
      continue;
    }
    if (stat.isDirectory()) walk(p, real, new Set());
    else addFile(p, real);
  }
  return { files, errors };
}
