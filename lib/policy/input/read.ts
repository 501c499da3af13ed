import * as fs from 'fs';
import type { InputError } from '../types';

/** The name under which standard input appears in reports. @internal */
export const STDIN_NAME = '<stdin>';

/** Text of one input, or the error that kept it from being read. */
export type ReadResult = { readonly text: string } | { readonly error: InputError };

const CHUNK = 64 * 1024;

function mib(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}

function tooLarge(file: string, size: number | undefined, cap: number): InputError {
  const actual = size === undefined ? 'more than' : `${mib(size)}, over`;
  return {
    kind: 'limit',
    message: `${file}: file is ${actual} the ${mib(cap)} limit; it was not read. Split it, or raise the limit (--max-file-mib) if it is trusted.`,
    source: { file },
  };
}

/**
 * Reads a stream-like file descriptor (stdin, a pipe, a device) in chunks, stopping one byte
 * past the cap so that `/dev/zero` or an endless pipe costs at most cap + 1 bytes.
 */
function readCapped(fd: number, cap: number): Buffer | undefined {
  const chunks: Buffer[] = [];
  let total = 0;
  for (;;) {
    const buf = Buffer.alloc(Math.min(CHUNK, cap + 1 - total));
    let n: number;
    try {
      n = fs.readSync(fd, buf, 0, buf.length, null);
    } catch (e) {
      // A non-blocking stdin has no data yet: wait for it rather than fail.
      if ((e as NodeJS.ErrnoException).code === 'EAGAIN') continue;
      throw e;
    }
    if (n === 0) break;
    chunks.push(buf.subarray(0, n));
    total += n;
    if (total > cap) return undefined;
  }
  return Buffer.concat(chunks, total);
}

/**
 * Decodes bytes as UTF-8 text, refusing binary data and invalid UTF-8 with an error that says
 * what the file is instead of a confusing YAML error further down.
 */
export function decode(file: string, bytes: Uint8Array): ReadResult {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    return { error: { kind: 'parse', message: `${file}: file is UTF-16 encoded; save it as UTF-8.`, source: { file } } };
  }
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    return {
      error: { kind: 'parse', message: `${file}: file contains a NUL byte at offset ${nul}: it is binary data, not YAML or JSON.`, source: { file } },
    };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return { error: { kind: 'parse', message: `${file}: file is not valid UTF-8; save it as UTF-8.`, source: { file } } };
  }
}

/** Reads one file (or stdin when `file` is `-`) as UTF-8 text within the size cap. */
export function readInput(file: string, maxBytes: number, stdin?: string | Uint8Array): ReadResult {
  if (file === '-') {
    if (typeof stdin === 'string') {
      const size = Buffer.byteLength(stdin);
      return size > maxBytes ? { error: tooLarge(STDIN_NAME, size, maxBytes) } : { text: stdin };
    }
    if (stdin) return stdin.length > maxBytes ? { error: tooLarge(STDIN_NAME, stdin.length, maxBytes) } : decode(STDIN_NAME, stdin);
    try {
      const bytes = readCapped(0, maxBytes);
      return bytes ? decode(STDIN_NAME, bytes) : { error: tooLarge(STDIN_NAME, undefined, maxBytes) };
    } catch (e) {
      return { error: { kind: 'read', message: `${STDIN_NAME}: cannot read standard input (${(e as Error).message}).`, source: { file: STDIN_NAME } } };
    }
  }
  let fd: number | undefined;
  try {
    fd = fs.openSync(file, 'r');
    const stat = fs.fstatSync(fd);
    if (stat.isDirectory()) {
      return { error: { kind: 'read', message: `${file}: is a directory where a file was expected.`, source: { file } } };
    }
    if (stat.isFile()) {
      if (stat.size > maxBytes) return { error: tooLarge(file, stat.size, maxBytes) };
      return decode(file, fs.readFileSync(fd));
    }
    // Pipes and devices (`<(kubectl get ...)`, /dev/stdin) have no size: read them capped.
    const bytes = readCapped(fd, maxBytes);
    return bytes ? decode(file, bytes) : { error: tooLarge(file, undefined, maxBytes) };
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    const why = err.code === 'ENOENT' ? 'no such file' : err.code === 'EACCES' ? 'permission denied' : err.message;
    return { error: { kind: 'read', message: `${file}: cannot read (${why}).`, source: { file } } };
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}
