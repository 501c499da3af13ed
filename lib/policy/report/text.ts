import { exitCodeOf } from '../engine';
import { Finding, SEVERITIES } from '../types';
import { printable } from './escape';
import { describeSource } from './location';
import type { RenderableReport, ReportOptions } from './options';
import { summarize } from './summary';

const ANSI = { red: '\x1b[31m', yellow: '\x1b[33m', cyan: '\x1b[36m', dim: '\x1b[2m', bold: '\x1b[1m', reset: '\x1b[0m' } as const;
/** Applies a terminal style (or nothing, without colour). */
type Paint = (style: keyof typeof ANSI, s: string) => string;

function objectKey(f: Finding): string {
  const s = f.source;
  return [s.file, s.line, s.documentIndex, s.constructPath, s.urn, f.object.kind, f.object.namespace, f.object.name].join('\u0000');
}

function objectHeading(f: Finding): string {
  const o = f.object;
  const where = describeSource(f.source);
  return printable(`${o.kind} ${o.namespace ? `${o.namespace}/` : ''}${o.name || '(unnamed)'}${where ? `  (${where})` : ''}`);
}

/**
 * The report for people: findings grouped by object in input order, suppressed findings marked
 * with their reasons, input errors, then one summary line with counts per severity and per
 * control status, and the verdict against the threshold.
 */
export function formatText(report: RenderableReport, options: ReportOptions = {}): string {
  const paint: Paint = options.color ? (style, s) => `${ANSI[style]}${s}${ANSI.reset}` : (_style, s) => s;
  const sevColor = (sev: string): keyof typeof ANSI => (sev === 'critical' || sev === 'high' ? 'red' : sev === 'medium' ? 'yellow' : 'cyan');
  const lines: string[] = [];

  const groups = new Map<string, Finding[]>();
  for (const f of report.findings) {
    const key = objectKey(f);
    let list = groups.get(key);
    if (!list) groups.set(key, (list = []));
    list.push(f);
  }
  for (const findings of groups.values()) {
    lines.push(paint('bold', objectHeading(findings[0])));
    for (const f of findings) {
      const where = printable([f.container ? `container ${f.container}` : '', f.field ? `at ${f.field}` : ''].filter(Boolean).join(', '));
      const tag = f.suppressed ? paint('dim', 'SUPPRESSED') : paint(sevColor(f.severity), 'FAIL');
      lines.push(`  ${tag} ${f.controlId} [${f.severity}] ${f.title}`);
      lines.push(`      ${printable(f.message)}${where ? paint('dim', ` (${where})`) : ''}`);
      if (f.suppressed) lines.push(`      ${paint('dim', `reason: ${printable(f.suppressed.reason)}`)}`);
    }
    lines.push('');
  }

  if (report.notCovered.length > 0) {
    // Parts turned off on purpose: no control covers them, so they are listed with their reasons.
    lines.push(paint('bold', 'Not covered (turned off on purpose)'));
    for (const n of report.notCovered) {
      lines.push(`  ${paint('yellow', 'OFF')} ${printable(`${n.part} in ${n.object.kind} ${n.object.name}: ${n.reason || '(no reason given)'}`)}`);
    }
    lines.push('');
  }

  if (report.errors.length > 0) {
    lines.push(paint('bold', 'Input errors'));
    for (const e of report.errors) lines.push(`  ${paint('red', e.kind.toUpperCase())} ${printable(e.message)}`);
    lines.push('');
  }

  lines.push(summaryLine(report, options));
  lines.push(verdictLine(report, options, paint));
  return lines.join('\n') + '\n';
}

/** One line of counts: objects and files, findings per severity, suppressed, controls per status, input errors. @internal */
export function summaryLine(report: RenderableReport, options: ReportOptions = {}): string {
  const s = summarize(report, options);
  const counted = [`${s.objects} object${s.objects === 1 ? '' : 's'}`];
  if (s.files !== undefined) counted.push(`in ${s.files} file${s.files === 1 ? '' : 's'}`);
  if (s.resources > 0) counted.push(`and ${s.resources} cloud resource${s.resources === 1 ? '' : 's'}`);
  const perSeverity = SEVERITIES.map((sev) => `${s.findings[sev]} ${sev}`).join(', ');
  const c = s.controls;
  return (
    `${counted.join(' ')}: ${s.unsuppressed} finding${s.unsuppressed === 1 ? '' : 's'} (${perSeverity}), ${s.suppressed} suppressed; ` +
    `controls: ${c.pass} pass, ${c.fail} fail, ${c.suppressed} suppressed, ${c.notApplicable} not applicable, ${c.notEvaluated} not evaluated` +
    (s.errors > 0 ? `; ${s.errors} input error${s.errors === 1 ? '' : 's'}` : '')
  );
}

/** The verdict against the threshold, matching the exit code. @internal */
export function verdictLine(report: RenderableReport, options: ReportOptions = {}, paint: Paint = (_style, s) => s): string {
  const failOn = options.failOn ?? 'low';
  const code = exitCodeOf(report, failOn);
  if (code === 0) return paint('bold', `PASS: no unsuppressed finding at or above ${failOn}.`);
  if (code === 2) return paint('red', 'ERROR: some input could not be read or parsed; see the input errors.');
  const failing = summarize(report, options).failing;
  return failing > 0
    ? paint('red', `FAIL: ${failing} unsuppressed finding${failing === 1 ? '' : 's'} at or above ${failOn}.`)
    : paint('red', 'FAIL: invalid suppression annotations; see the input errors.');
}
