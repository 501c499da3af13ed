import * as path from 'path';
import { toKubeObject } from '../model/object';
import type { Finding, ObjectRef, ObjectSource } from '../types';

/**
 * The logical location of a finding: `<namespace>/<Kind>/<name>[/container/<c>]`. Namespaced
 * objects without a namespace are in `default` (where they would land); cluster-scoped objects
 * have no namespace segment (`Namespace/payments`).
 * @internal
 */
export function logicalName(object: ObjectRef, container?: string): string {
  let ns = object.namespace;
  if (ns === undefined) {
    const probe = toKubeObject({ apiVersion: object.apiVersion, kind: object.kind });
    ns = probe?.namespaced ? 'default' : undefined;
  }
  const base = `${ns !== undefined ? `${ns}/` : ''}${object.kind}/${object.name || '(unnamed)'}`;
  return container ? `${base}/container/${container}` : base;
}

/** The logical location of a finding. @internal */
export function findingLocation(f: Finding): string {
  return logicalName(f.object, f.container);
}

/** A file path relative to a base directory, with forward slashes (a relative URI reference). */
export function relativeUri(file: string, baseDir: string): string {
  const rel = path.isAbsolute(file) ? path.relative(baseDir, file) : path.normalize(file);
  return rel.split(path.sep).join('/').split('/').map(encodeURIComponent).join('/');
}

/** Where a finding or error is, for people: construct path, else file:line. */
export function describeSource(source: ObjectSource): string {
  if (source.constructPath) return source.constructPath;
  if (source.urn) return source.urn;
  if (source.file) return source.line ? `${source.file}:${source.line}` : source.file;
  return source.documentIndex !== undefined ? `object #${source.documentIndex}` : '';
}
