// Reporters: the same AuditReport as text for people, JSON for scripts, SARIF for code scanning
// and JUnit XML for CI test dashboards.
import { formatJson } from './json';
import { formatJunit } from './junit';
import type { RenderableReport, ReportFormat, ReportOptions } from './options';
import { formatSarif } from './sarif';
import { formatText } from './text';

export * from './options';
export { summarize } from './summary';
export type { ReportSummary } from './summary';
export { formatText, summaryLine, verdictLine } from './text';
export { formatJson, toJsonReport, JSON_SCHEMA_VERSION } from './json';
export type { JsonReport, JsonFinding, JsonSource } from './json';
export { formatSarif, toSarif, sarifLevel, securitySeverity, SARIF_VERSION, SARIF_SCHEMA } from './sarif';
export type { SarifLevel } from './sarif';
export { formatJunit } from './junit';
export { logicalName, findingLocation } from './location';
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
