import { failingFindings } from '../engine';
import { SEVERITIES, Severity } from '../types';
import type { RenderableReport, ReportOptions } from './options';

/** Counts every reporter shows the same way. */
export interface ReportSummary {
  /** Kubernetes objects audited. */
  readonly objects: number;
  /** Cloud resources audited. */
  readonly resources: number;
  /** Files read, when the report came from files. */
  readonly files?: number;
  /** Unsuppressed findings per severity. */
  readonly findings: Record<Severity, number>;
  /** Unsuppressed findings in all. */
  readonly unsuppressed: number;
  /** Suppressed findings. */
  readonly suppressed: number;
  /** The threshold in force. */
  readonly failOn: Severity;
  /** Unsuppressed findings at or above the threshold. */
  readonly failing: number;
  /** Controls per status. */
  readonly controls: { pass: number; fail: number; suppressed: number; notApplicable: number; notEvaluated: number };
  /** Input errors. */
  readonly errors: number;
}

/** Computes the summary of a report. */
export function summarize(report: RenderableReport, options: ReportOptions = {}): ReportSummary {
  const failOn = options.failOn ?? 'low';
  const findings = Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Record<Severity, number>;
  let suppressed = 0;
  for (const f of report.findings) {
    if (f.suppressed) suppressed++;
    else findings[f.severity]++;
  }
  const controls = { pass: 0, fail: 0, suppressed: 0, notApplicable: 0, notEvaluated: 0 };
  for (const c of report.controls) {
    if (c.status === 'pass') controls.pass++;
    else if (c.status === 'fail') controls.fail++;
    else if (c.status === 'suppressed') controls.suppressed++;
    else if (c.status === 'not-applicable') controls.notApplicable++;
    else controls.notEvaluated++;
  }
  return {
    objects: report.objects,
    resources: report.resources,
    ...(report.files !== undefined ? { files: report.files } : {}),
    findings,
    unsuppressed: report.findings.length - suppressed,
    suppressed,
    failOn,
    failing: failingFindings(report, failOn).length,
    controls,
    errors: report.errors.length,
  };
}
