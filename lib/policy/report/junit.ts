import { CONTROLS } from '../catalog-data';
import type { ControlResult } from '../engine';
import type { Finding } from '../types';
import { describeSource, findingLocation, relativeUri } from './location';
import type { RenderableReport, ReportOptions } from './options';

// XML 1.0 forbids most control characters even as character references (&#27; is not
// well-formed), and lone surrogates cannot be encoded at all. They are shown as visible escapes
// (`\x1b`, `\ud800`) so a crafted name neither breaks the document nor hides what it was.
// eslint-disable-next-line no-control-regex
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

function visible(c: string): string {
  const code = c.charCodeAt(0);
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}

/** Element text: markup characters escaped, characters XML 1.0 cannot carry made visible. */
function esc(s: string): string {
  return s.replace(INVALID_XML, visible).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

/** Attribute values: as element text, and tab, newline and CR as references (parsers would fold them into spaces). */
function escAttr(s: string): string {
  return esc(s).replace(/\t/g, '&#9;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;');
}

function attrs(a: Record<string, string | number | undefined>): string {
  return Object.entries(a)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => ` ${k}="${escAttr(String(v))}"`)
    .join('');
}

const FAIL_SENTENCE = new Map(CONTROLS.map((c) => [c.id, c.fail]));

function findingCase(f: Finding, baseDir: string): string {
  const file = f.source.file ? relativeUri(f.source.file, baseDir) : undefined;
  const name = `${findingLocation(f)}${f.field ? ` ${f.field}` : ''}`;
  const open = `    <testcase${attrs({ classname: f.controlId, name, file, line: f.source.line })}>`;
  if (f.suppressed) return `${open}\n      <skipped${attrs({ message: `suppressed: ${f.suppressed.reason}` })}/>\n    </testcase>`;
  const body = [f.message, `at ${describeSource(f.source) || findingLocation(f)}`, `control: ${FAIL_SENTENCE.get(f.controlId) ?? f.title}`].join('\n');
  return `${open}\n      <failure${attrs({ type: f.severity, message: f.message })}>${esc(body)}</failure>\n    </testcase>`;
}

/** One rendered testsuite and its counts. */
interface Suite {
  readonly xml: string;
  readonly tests: number;
  readonly failures: number;
  readonly errors: number;
  readonly skipped: number;
}

function suite(name: string, cases: readonly string[], counts: Omit<Suite, 'xml' | 'tests'>): Suite {
  const head = `  <testsuite${attrs({ name, tests: cases.length, failures: counts.failures, errors: counts.errors, skipped: counts.skipped, time: 0 })}>`;
  return { xml: `${head}\n${cases.join('\n')}\n  </testsuite>`, tests: cases.length, ...counts };
}

function controlSuite(c: ControlResult, findings: readonly Finding[], baseDir: string): Suite {
  const cases: string[] = findings.map((f) => findingCase(f, baseDir));
  let skipped = findings.filter((f) => f.suppressed).length;
  if (c.status === 'pass' || (c.status === 'suppressed' && cases.length === 0)) {
    cases.push(`    <testcase${attrs({ classname: c.id, name: `${c.evaluated} object${c.evaluated === 1 ? '' : 's'} in scope pass` })}/>`);
  } else if (c.status === 'not-applicable') {
    cases.push(`    <testcase${attrs({ classname: c.id, name: 'no object in scope' })}>\n      <skipped message="not applicable: no object of the input is in this control's scope"/>\n    </testcase>`);
    skipped++;
  }
  const failures = findings.length - findings.filter((f) => f.suppressed).length;
  return suite(`${c.id} ${c.title}`, cases, { failures, errors: 0, skipped });
}

/**
 * JUnit XML with one testsuite per control that ran (so CI dashboards list controls as suites):
 * a failing testcase per unsuppressed finding, a skipped testcase per suppressed finding (the
 * message carries the reason), one passing testcase when the control passed, and a skipped
 * "not applicable" testcase when nothing was in scope. Input errors form a last suite `input`
 * whose testcases are errors.
 */
export function formatJunit(report: RenderableReport, options: ReportOptions = {}): string {
  const baseDir = options.baseDir ?? process.cwd();
  const byControl = new Map<string, Finding[]>();
  for (const f of report.findings) {
    let list = byControl.get(f.controlId);
    if (!list) byControl.set(f.controlId, (list = []));
    list.push(f);
  }
  const suites = report.controls.filter((c) => c.status !== 'not-evaluated').map((c) => controlSuite(c, byControl.get(c.id) ?? [], baseDir));
  if (report.errors.length > 0) {
    const cases = report.errors.map((e) => {
      const file = e.source.file ? relativeUri(e.source.file, baseDir) : undefined;
      return `    <testcase${attrs({ classname: 'input', name: `${e.kind} ${describeSource(e.source)}`.trim(), file, line: e.source.line })}>\n      <error${attrs({ type: e.kind, message: e.message })}/>\n    </testcase>`;
    });
    suites.push(suite('input', cases, { failures: 0, errors: cases.length, skipped: 0 }));
  }
  const total = (k: keyof Omit<Suite, 'xml'>): number => suites.reduce((n, x) => n + x[k], 0);
  const totals = { tests: total('tests'), failures: total('failures'), errors: total('errors'), skipped: total('skipped'), time: 0 };
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites${attrs({ name: 'kubeward', ...totals })}>\n${suites.map((x) => x.xml).join('\n')}\n</testsuites>\n`;
}
