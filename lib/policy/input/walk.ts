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

/**
 * A non-fatal notice: something met while walking was skipped on purpose. It uses the `shape`
 * kind (reported as a warning, no effect on the exit code) because nothing of it was audited.
 */
function skipped(p: string, problem: string): InputError {
  return { kind: 'shape', message: `${p}: ${problem}`, source: { file: p } };
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

/** Options of the path expansion. */
export interface ExpandOptions {
  /**
   * Follow symlinks that lead out of the directory being walked.
   * @default false - a link out of the tree is skipped with a warning.
   */
  readonly followSymlinks?: boolean;
}

/** Whether `inner` is `outer` or lies below it (both real paths). */
function within(inner: string, outer: string): boolean {
  const rel = path.relative(outer, inner);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

/**
 * Expands the command-line paths into the list of files to read. Directories are walked
 * recursively in code-point order of names (so runs are reproducible across machines and
 * locales), picking `.yaml`, `.yml` and `.json` files and skipping hidden entries and
 * `node_modules`. Every file is read once even when reached twice (two arguments, or a symlink);
 * a symlink back to a directory that contains it is reported as a loop instead of followed.
 *
 * While walking, only regular files are read: FIFOs, sockets and devices are skipped with a
 * warning (opening a FIFO without a writer would block forever). A symlink that leads out of the
 * directory given on the command line is skipped with a warning unless `followSymlinks` is set,
 * and a link to a directory that contains the walked one (`/`, a parent) is never followed.
 * Paths named on the command line are read whatever they are: a regular file, `-`, or a readable
 * pipe such as `/dev/stdin` or a process substitution (`<(cat good.yaml)`, i.e. `/dev/fd/N`).
 */
export function expandPaths(paths: readonly string[], options: ExpandOptions = {}): ExpandedPaths {
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
  let root = '';
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
      if (!entry.isSymbolicLink()) {
        if (MANIFEST_FILE.test(entry.name)) errors.push(skipped(child, 'not a regular file (a FIFO, socket or device); it was skipped. Name it on the command line to read it.'));
        continue;
      }
      let target: string;
      let stat: fs.Stats;
      try {
        target = fs.realpathSync(child);
        stat = fs.statSync(target);
      } catch (e) {
        errors.push(readError(child, describeErrno(e)));
        continue;
      }
      if (!within(target, root)) {
        if (within(root, target)) {
          errors.push(readError(child, `symlink to ${target}, a directory that contains the tree being walked; it was not followed.`));
          continue;
        }
        if (!options.followSymlinks && (stat.isDirectory() || MANIFEST_FILE.test(entry.name))) {
          errors.push(skipped(child, `symlink out of the tree to ${target}; it was not followed (pass --follow-symlinks to follow links out of the tree).`));
          continue;
        }
      }
      if (stat.isDirectory()) {
        if (ancestors.has(target)) {
          errors.push(readError(child, `symlink loop: it points to ${target}, a directory that contains it; it was skipped.`));
        } else {
          walk(child, target, ancestors);
        }
      } else if (MANIFEST_FILE.test(entry.name)) {
        if (stat.isFile()) addFile(child, target);
        else errors.push(skipped(child, 'symlink to something that is not a regular file (a FIFO, socket or device); it was skipped. Name it on the command line to read it.'));
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
      stat = fs.statSync(p);
    } catch (e) {
      errors.push(readError(p, describeErrno(e)));
      continue;
    }
    try {
      real = fs.realpathSync(p);
    } catch {
      // /dev/stdin and /dev/fd/N resolve to `pipe:[...]`, which has no path: the name stands for it.
      real = p;
    }
    if (stat.isDirectory()) {
      root = real;
      walk(p, real, new Set());
    } else {
      addFile(p, real);
    }
  }
  return { files, errors };
}
