// Reading manifests from disk: files, directories, stdin; YAML and JSON; hostile input bounded.
// Public (also exported by lib/index.ts or lib/pulumi.ts).
export { auditLoaded, auditPaths } from './audit-paths';
export type { AuditPathsOptions, PathAuditReport } from './audit-paths';
export { loadPaths, loadText } from './load';
export type { LoadResult } from './load';
export type { LoadOptions } from './options';
// In-repo only: for the other rooms and the tests, not part of the package API.
/** @internal */
export { DEFAULT_MAX_ALIAS_COUNT, DEFAULT_MAX_DEPTH, DEFAULT_MAX_FILE_BYTES, resolveLoadOptions } from './options';
/** @internal */
export type { ResolvedLoadOptions } from './options';
/** @internal */
export { STDIN_NAME } from './read';
