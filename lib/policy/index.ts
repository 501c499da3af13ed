// The control engine: plain objects in, findings out. No cdk8s or Pulumi imports here.
// Public (also exported by lib/index.ts or lib/pulumi.ts).
export { CATALOG_DEFAULTS, CONTROLS } from './catalog-data';
export { audit, exitCodeOf, failingFindings } from './engine';
export type { AuditReport, ControlResult, ControlStatus, ManifestSetInput, NotCovered } from './engine';
export { auditLoaded, auditPaths } from './input/audit-paths';
export type { AuditPathsOptions, PathAuditReport } from './input/audit-paths';
export { loadPaths, loadText } from './input/load';
export type { LoadResult } from './input/load';
export type { LoadOptions } from './input/options';
export type { KubeObject } from './model/object';
export { formatOptOuts, OPT_OUTS_ANNOTATION, parseOptOuts } from './opt-outs';
export type { OptedOutPart } from './opt-outs';
export { controlsOf } from './options';
export type { AuditOptions, Profile, ResolvedAuditOptions } from './options';
export { formatReport } from './report';
export { formatJson, JSON_SCHEMA_VERSION, toJsonReport } from './report/json';
export type { JsonFinding, JsonReport, JsonSource } from './report/json';
export { formatJunit } from './report/junit';
export { REPORT_FORMATS } from './report/options';
export type { RenderableReport, ReportFormat, ReportOptions } from './report/options';
export { formatSarif, toSarif } from './report/sarif';
export { summarize } from './report/summary';
export type { ReportSummary } from './report/summary';
export { formatText } from './report/text';
export { formatSuppressions, MIN_REASON_LENGTH, parseSuppressions, SUPPRESS_ANNOTATION, UNSUPPRESSIBLE } from './suppressions';
export type { ParsedSuppressions, Suppression } from './suppressions';
export { SEVERITIES } from './types';
export type { CloudResource, ControlInfo, ControlReferences, Finding, InputError, ObjectRef, ObjectSource, Severity } from './types';
// In-repo only: for the other rooms and the tests, not part of the package API.
/** @internal */
export { auditSets, toManifestSet } from './engine';
/** @internal */
export { DEFAULT_MAX_ALIAS_COUNT, DEFAULT_MAX_DEPTH, DEFAULT_MAX_FILE_BYTES, resolveLoadOptions } from './input/options';
/** @internal */
export type { ResolvedLoadOptions } from './input/options';
/** @internal */
export { STDIN_NAME } from './input/read';
/** @internal */
export { parseImage } from './model/image';
/** @internal */
export type { ImageRef } from './model/image';
/** @internal */
export { ManifestSet } from './model/manifest-set';
/** @internal */
export { toKubeObject } from './model/object';
/** @internal */
export { inProfile, resolveOptions } from './options';
/** @internal */
export { findingLocation, logicalName } from './report/location';
/** @internal */
export { SARIF_SCHEMA, SARIF_VERSION, sarifLevel, securitySeverity } from './report/sarif';
/** @internal */
export type { SarifLevel } from './report/sarif';
/** @internal */
export { summaryLine, verdictLine } from './report/text';
/** @internal */
export { TOOL_NAME, toolVersion } from './report/tool';
/** @internal */
export type { CloudRule, KubeRule, Rule, RuleContext } from './rule';
/** @internal */
export { ALL_RULES } from './rules';
/** @internal */
export { NOT_APPLICABLE, severityRank } from './types';
/** @internal */
export type { RuleOutcome, Violation } from './types';
