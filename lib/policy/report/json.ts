import { exitCodeOf } from '../engine';
import type { InputError, ObjectSource, Severity } from '../types';
import { findingLocation } from './location';
import type { RenderableReport, ReportOptions } from './options';
import { ReportSummary, summarize } from './summary';
import { TOOL_NAME, toolVersion } from './tool';

/** Version of the JSON report shape; bumped only on a breaking change (the README section "json" describes it). */
export const JSON_SCHEMA_VERSION = 1;

/** Where something is, every key present (null when unknown) so consumers need no guards. */
export interface JsonSource {
  /** File the object was read from. */
  readonly file: string | null;
  /** 1-based line where its document starts. */
  readonly line: number | null;
  /** Index of the YAML document (or List item) in the file. */
  readonly documentIndex: number | null;
  /** Construct path, for objects synthesized by cdk8s. */
  readonly constructPath: string | null;
  /** Pulumi URN, for stack resources. */
  readonly urn: string | null;
}

/** One finding in the JSON report. */
export interface JsonFinding {
  /** Control id, e.g. `KW-POD-005`. */
  readonly controlId: string;
  /** Control title. */
  readonly title: string;
  /** Control severity. */
  readonly severity: Severity;
  /** What is wrong and how to fix it. */
  readonly message: string;
  /** The object concerned. */
  readonly object: { readonly apiVersion: string; readonly kind: string; readonly name: string; readonly namespace: string | null };
  /** `<namespace>/<Kind>/<name>[/container/<c>]`, the same string as the SARIF logical location. */
  readonly location: string;
  /** Where the object came from. */
  readonly source: JsonSource;
  /** Dotted path of the offending field. */
  readonly field: string | null;
  /** The container concerned. */
  readonly container: string | null;
  /** The suppression and its reason, or null when the finding counts. */
  readonly suppressed: { readonly reason: string } | null;
}

/** The JSON report. */
export interface JsonReport {
  /** Version of this shape; bumped only on a breaking change. */
  readonly schemaVersion: number;
  /** The tool that wrote the report. */
  readonly tool: { readonly name: string; readonly version: string };
  /** The exit code the CLI returns for this report and threshold. */
  readonly exitCode: 0 | 1 | 2;
  /** Counts of objects, findings per severity, controls per status, input errors. */
  readonly summary: ReportSummary;
  /** The options in force. */
  readonly options: RenderableReport['options'];
  /** One entry per catalog control, in catalog order. */
  readonly controls: RenderableReport['controls'];
  /** Every finding, suppressed ones included, in input order. */
  readonly findings: readonly JsonFinding[];
  /** Problems with the input. */
  readonly errors: ReadonlyArray<{ readonly kind: InputError['kind']; readonly message: string; readonly source: JsonSource }>;
  /** Parts turned off on purpose (no control covers them), with the reasons given. */
  readonly notCovered: ReadonlyArray<{ readonly part: string; readonly reason: string; readonly object: JsonFinding['object']; readonly source: JsonSource }>;
}

function source(s: ObjectSource): JsonSource {
  return {
    file: s.file ?? null,
    line: s.line ?? null,
    documentIndex: s.documentIndex ?? null,
    constructPath: s.constructPath ?? null,
    urn: s.urn ?? null,
  };
}

/** Builds the JSON report object. */
export function toJsonReport(report: RenderableReport, options: ReportOptions = {}): JsonReport {
  const summary = summarize(report, options);
  return {
    schemaVersion: JSON_SCHEMA_VERSION,
    tool: { name: TOOL_NAME, version: toolVersion() },
    exitCode: exitCodeOf(report, summary.failOn),
    summary,
    options: report.options,
    controls: report.controls,
    findings: report.findings.map((f) => ({
      controlId: f.controlId,
      title: f.title,
      severity: f.severity,
      message: f.message,
      object: { apiVersion: f.object.apiVersion, kind: f.object.kind, name: f.object.name, namespace: f.object.namespace ?? null },
      location: findingLocation(f),
      source: source(f.source),
      field: f.field ?? null,
      container: f.container ?? null,
      suppressed: f.suppressed ? { reason: f.suppressed.reason } : null,
    })),
    errors: report.errors.map((e) => ({ kind: e.kind, message: e.message, source: source(e.source) })),
    notCovered: report.notCovered.map((n) => ({
      part: n.part,
      reason: n.reason,
      object: { apiVersion: n.object.apiVersion, kind: n.object.kind, name: n.object.name, namespace: n.object.namespace ?? null },
      source: source(n.source),
    })),
  };
}

/** The JSON report as text (two-space indented, trailing newline). */
export function formatJson(report: RenderableReport, options: ReportOptions = {}): string {
  return JSON.stringify(toJsonReport(report, options), null, 2) + '\n';
}
