// Reporters: the same AuditReport as text for people, JSON for scripts, SARIF for code scanning
// and JUnit XML for CI test dashboards.
import { formatJson } from './json';
import { formatJunit } from './junit';
import type { RenderableReport, ReportFormat, ReportOptions } from './options';
import { formatSarif } from './sarif';
import { formatText } from './text';

// Public (also exported by lib/index.ts).
export { REPORT_FORMATS } from './options';
export type { RenderableReport, ReportFormat, ReportOptions } from './options';
export { summarize } from './summary';
export type { ReportSummary } from './summary';
export { formatText } from './text';
export { formatJson, toJsonReport, JSON_SCHEMA_VERSION } from './json';
export type { JsonReport, JsonFinding, JsonSource } from './json';
export { formatSarif, toSarif } from './sarif';
export { formatJunit } from './junit';
// In-repo only: for the CLI and the tests, not part of the package API.
/** @internal */
export { summaryLine, verdictLine } from './text';
/** @internal */
export { printable } from './escape';
/** @internal */
export { sarifLevel, securitySeverity, SARIF_VERSION, SARIF_SCHEMA } from './sarif';
/** @internal */
export type { SarifLevel } from './sarif';
/** @internal */
export { logicalName, findingLocation } from './location';
/** @internal */
export { TOOL_NAME, toolVersion } from './tool';

/** Renders a report in one of the formats. */
export function formatReport(report: RenderableReport, format: ReportFormat, options: ReportOptions = {}): string {
  switch (format) {
    case 'text':
      return formatText(report, options);
    case 'json':
      return formatJson(report, options);
    case 'sarif':
      return formatSarif(report, options);
    case 'junit':
      return formatJunit(report, options);
  }
}
