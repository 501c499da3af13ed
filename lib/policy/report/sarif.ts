import { createHash } from 'crypto';
import { CONTROLS } from '../catalog-data';
import { exitCodeOf } from '../engine';
import type { ControlInfo, Finding, InputError, ObjectSource, Severity } from '../types';
import { findingLocation, relativeUri } from './location';
import type { RenderableReport, ReportOptions } from './options';
import { TOOL_NAME, toolVersion } from './tool';

/** The SARIF version written. @internal */
export const SARIF_VERSION = '2.1.0';
/** The JSON schema of SARIF 2.1.0 that the `$schema` property names. @internal */
export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

/** SARIF result levels. @internal */
export type SarifLevel = 'error' | 'warning' | 'note';

/** The SARIF level of a severity: critical and high are errors, medium warnings, low notes. @internal */
export function sarifLevel(severity: Severity): SarifLevel {
  return severity === 'critical' || severity === 'high' ? 'error' : severity === 'medium' ? 'warning' : 'note';
}

/**
 * The `security-severity` score GitHub code scanning reads (over 9.0 critical, 7.0-8.9 high,
 * 4.0-6.9 medium, below 4.0 low), so its severity column matches the catalog's.
 * @internal
 */
export function securitySeverity(severity: Severity): string {
  return { critical: '9.5', high: '8.0', medium: '5.5', low: '3.0' }[severity];
}

function references(c: ControlInfo): string[] {
  const r = c.references;
  const out: string[] = [];
  if (r.pss) out.push(`Pod Security Standards (${r.pss.level}): ${r.pss.control}`);
  if (r.cis?.length) out.push(`CIS Kubernetes Benchmark: ${r.cis.join(', ')}`);
  if (r.nsa) out.push(`NSA/CISA Kubernetes Hardening Guide: ${r.nsa}`);
  const peers: Array<[string, unknown]> = [
    ['Polaris', r.polaris],
    ['kube-score', r.kube_score],
    ['kube-linter', r.kube_linter],
    ['Checkov', r.checkov],
    ['Kubescape', r.kubescape],
  ];
  for (const [name, v] of peers) {
    if (v === undefined || v === null || (Array.isArray(v) && v.length === 0)) continue;
    out.push(`${name}: ${Array.isArray(v) ? v.join(', ') : String(v)}`);
  }
  return out;
}

function tags(c: ControlInfo): string[] {
  const family = c.id.split('-')[1]?.toLowerCase() ?? '';
  const out = ['security', 'kubernetes', family];
  if (c.references.pss) out.push(`pss-${c.references.pss.level}`);
  for (const cis of c.references.cis ?? []) out.push(`CIS ${cis}`);
  return out;
}

function rule(c: ControlInfo): Record<string, unknown> {
  const refs = references(c);
  const suppress = `Suppress with a reason: annotation kubeward.dev/suppress: "${c.id}: why this is acceptable".`;
  return {
    id: c.id,
    name: c.title.replace(/[^A-Za-z0-9]+(.)?/g, (_m, ch: string | undefined) => (ch ? ch.toUpperCase() : '')).replace(/^./, (ch) => ch.toUpperCase()),
    shortDescription: { text: c.title },
    fullDescription: { text: c.pass },
    help: {
      text: [`Fails when: ${c.fail}`, ...(refs.length ? ['References:', ...refs.map((x) => `- ${x}`)] : []), suppress].join('\n'),
      markdown: [`**Fails when:** ${c.fail}`, '', ...(refs.length ? ['**References**', '', ...refs.map((x) => `- ${x}`), ''] : []), suppress].join('\n'),
    },
    defaultConfiguration: { level: sarifLevel(c.severity) },
    properties: { 'tags': tags(c), 'security-severity': securitySeverity(c.severity), 'precision': 'high', 'problem.severity': c.severity },
  };
}

function locations(source: ObjectSource, logical: string | undefined, baseDir: string): Array<Record<string, unknown>> {
  const location: Record<string, unknown> = {};
  if (source.file) {
    location.physicalLocation = {
      artifactLocation: { uri: relativeUri(source.file, baseDir) },
      ...(source.line ? { region: { startLine: source.line } } : {}),
    };
  }
  if (logical) {
    const name = logical.split('/').pop();
    location.logicalLocations = [{ name, fullyQualifiedName: logical, kind: 'resource' }];
  }
  return Object.keys(location).length > 0 ? [location] : [];
}

function fingerprint(f: Finding): string {
  return createHash('sha256').update([f.controlId, findingLocation(f), f.field ?? '', f.message].join('\u0000')).digest('hex').slice(0, 32);
}

function notification(e: InputError, baseDir: string): Record<string, unknown> {
  return {
    level: e.kind === 'shape' ? 'warning' : 'error',
    message: { text: e.message },
    descriptor: { id: `input-${e.kind}` },
    locations: locations(e.source, e.source.constructPath, baseDir),
  };
}

/**
 * Builds a SARIF 2.1.0 log: one rule per catalog control that ran (id, title, pass and fail
 * sentences, references, level and GitHub security-severity), one result per finding with its
 * file and line and the logical location `<ns>/<Kind>/<name>[/container/<c>]`, suppressed findings
 * marked `inSource` with their reason, and input errors as tool execution notifications. A clean
 * run still has `results: []`, which code scanning needs to close earlier alerts.
 */
export function toSarif(report: RenderableReport, options: ReportOptions = {}): Record<string, unknown> {
  const baseDir = options.baseDir ?? process.cwd();
  const ran = new Set(report.controls.filter((c) => c.status !== 'not-evaluated').map((c) => c.id));
  const controls = CONTROLS.filter((c) => ran.has(c.id));
  const index = new Map(controls.map((c, i) => [c.id, i]));
  const results = report.findings.map((f) => ({
    ruleId: f.controlId,
    ...(index.has(f.controlId) ? { ruleIndex: index.get(f.controlId) } : {}),
    level: sarifLevel(f.severity),
    message: { text: f.message },
    locations: locations(f.source, findingLocation(f), baseDir),
    partialFingerprints: { 'kubewardFinding/v1': fingerprint(f) },
    properties: {
      severity: f.severity,
      ...(f.field ? { field: f.field } : {}),
      ...(f.container ? { container: f.container } : {}),
      ...(f.source.constructPath ? { constructPath: f.source.constructPath } : {}),
    },
    ...(f.suppressed ? { suppressions: [{ kind: 'inSource', status: 'accepted', justification: f.suppressed.reason }] } : {}),
  }));
  return {
    $schema: SARIF_SCHEMA,
    version: SARIF_VERSION,
    runs: [
      {
        tool: {
          driver: {
            name: TOOL_NAME,
            version: toolVersion(),
            semanticVersion: toolVersion(),
            rules: controls.map(rule),
          },
        },
        invocations: [
          {
            executionSuccessful: exitCodeOf(report, options.failOn ?? 'low') !== 2,
            toolExecutionNotifications: report.errors.map((e) => notification(e, baseDir)),
          },
        ],
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
}

/** The SARIF log as text. */
export function formatSarif(report: RenderableReport, options: ReportOptions = {}): string {
  return JSON.stringify(toSarif(report, options), null, 2) + '\n';
}
