import { AuditReport, auditSets } from '../engine';
import { LoadResult, loadPaths } from './load';
import { ManifestSet } from '../model/manifest-set';
import type { KubeObject } from '../model/object';
import type { AuditOptions } from '../options';
import { LoadOptions } from './options';

/** Options of an audit of files: what to check, how to read, how to group. */
export interface AuditPathsOptions extends AuditOptions, LoadOptions {
  /**
   * Audit each file as its own manifest set, so cross-object controls (a NetworkPolicy covering a
   * Deployment, a quota in a namespace) only relate objects of the same file.
   * @default false - all inputs of one run form one manifest set, as they would in one cluster.
   */
  readonly setPerFile?: boolean;
}

/** An audit report of files, with how many files were read. */
export interface PathAuditReport extends AuditReport {
  /** Files read (or attempted). */
  readonly files: number;
}

/** Audits what the loader read: one manifest set, or one per file. Input errors are kept in the report. */
export function auditLoaded(loaded: LoadResult, options: AuditPathsOptions = {}): PathAuditReport {
  let sets: ManifestSet[];
  if (options.setPerFile) {
    const byFile = new Map<string, KubeObject[]>();
    for (const o of loaded.objects) {
      const key = o.source.file ?? '';
      let list = byFile.get(key);
      if (!list) byFile.set(key, (list = []));
      list.push(o);
    }
    sets = [...byFile.values()].map((objects) => new ManifestSet(objects));
  } else {
    sets = [new ManifestSet(loaded.objects)];
  }
  return { ...auditSets(sets, options, loaded.errors), files: loaded.files };
}

/** Loads files, directories or stdin (`-`) and audits them against the catalog. */
export function auditPaths(paths: readonly string[], options: AuditPathsOptions = {}): PathAuditReport {
  return auditLoaded(loadPaths(paths, options), options);
}
