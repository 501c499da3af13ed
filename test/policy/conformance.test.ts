// Conformance: the engine against the 662 labeled peer fixtures of ../shared/conformance
// (third-party, never committed: without them the suite skips with one line saying so).
// Each file is one manifest set. A `fail` label holds when the control has at least one
// unsuppressed finding on the file, a `pass` label when it has none. Agreement must stay at or
// above 98%, and every remaining disagreement must be justified below by the catalog sentence
// that decides it.
import * as fs from 'fs';
import * as path from 'path';
import { parse } from 'yaml';
import { audit, AuditReport, CONTROLS } from '../../lib/policy';
import { CorpusFile, loadCorpus } from '../support/corpus';
import { CONFORMANCE, describeIfShared } from '../support/shared';

/** A disagreement that the catalog sentence decides against the label. */
interface Justification {
  /** Corpus file, relative to the corpus folder. */
  readonly file: string;
  /** Control id. */
  readonly control: string;
  /** A verbatim quote of the control's pass, fail or notes sentence (or a catalog convention) that decides it. */
  readonly sentence: string;
}

/**
 * Disagreements kept on purpose. Each entry must still be a disagreement (so the list cannot rot)
 * and must quote the catalog text that decides it.
 */
const JUSTIFIED: readonly Justification[] = [];

/** One label compared with the engine. */
interface Comparison {
  readonly file: string;
  readonly control: string;
  readonly expected: 'fail' | 'pass';
  readonly got: 'fail' | 'pass';
  /** The first unsuppressed finding of the control on the file, if any. */
  readonly firstMessage?: string;
}

const key = (file: string, control: string): string => `${file}\u0000${control}`;

/**
 * Per-document verdicts (expected.yaml `objects`) that the engine's findings contradict. These are
 * printed as a diagnostic only: the assertions are on the file-level labels.
 */
function documentMismatches(file: CorpusFile, report: AuditReport): string[] {
  if (!file.documentVerdicts) return [];
  const failing = new Set<string>();
  for (const f of report.findings) {
    const position = f.source.documentIndex;
    if (f.suppressed || position === undefined) continue;
    failing.add(`${file.documentIndexes[position]}|${f.controlId}`);
  }
  const out: string[] = [];
  for (const v of file.documentVerdicts) {
    for (const [expected, controls] of [['fail', v.fail ?? []], ['pass', v.pass ?? []]] as const) {
      for (const control of controls) {
        const got = failing.has(`${v.index}|${control}`) ? 'fail' : 'pass';
        if (got !== expected) out.push(`  ${file.file} #${v.index} (${v.kind} ${v.name}) | ${control} | ${expected} | ${got}`);
      }
    }
  }
  return out;
}

function compare(file: CorpusFile, report: AuditReport): Comparison[] {
  const firstFinding = new Map<string, string>();
  for (const f of report.findings) {
    if (!f.suppressed && !firstFinding.has(f.controlId)) {
      firstFinding.set(f.controlId, `${f.object.kind} ${f.object.name}: ${f.message}`);
    }
  }
  const out: Comparison[] = [];
  for (const [expected, controls] of [['fail', file.fail], ['pass', file.pass]] as const) {
    for (const control of controls) {
      const firstMessage = firstFinding.get(control);
      out.push({ file: file.file, control, expected, got: firstMessage !== undefined ? 'fail' : 'pass', ...(firstMessage ? { firstMessage } : {}) });
    }
  }
  return out;
}

/** The catalog's conventions block, flattened to text (a justification may quote a convention). */
function conventionsText(): string {
  const catalog = parse(fs.readFileSync(path.resolve(__dirname, '../../catalog/catalog.yaml'), 'utf8')) as { conventions: Record<string, unknown> };
  return Object.values(catalog.conventions).map((v) => (Array.isArray(v) ? v.join('\n') : String(v))).join('\n');
}

/** The catalog text a justification may quote: the control's sentences and the conventions. */
function catalogTextOf(control: string, conventions: string): string {
  const c = CONTROLS.find((x) => x.id === control);
  return c ? [c.pass, c.fail, c.notes ?? '', conventions].join('\n') : '';
}

describeIfShared(CONFORMANCE, 'conformance corpus |', () => {
  let comparisons: Comparison[] = [];
  let disagreements: Comparison[] = [];
  let shapeErrors: string[] = [];
  let perDocument: string[] = [];

  beforeAll(() => {
    const corpus = loadCorpus();
    comparisons = [];
    shapeErrors = [];
    perDocument = [];
    for (const file of corpus) {
      const report = audit([...file.manifests]);
      for (const e of report.errors) if (/could not evaluate/.test(e.message)) shapeErrors.push(`${file.file}: ${e.message}`);
      comparisons.push(...compare(file, report));
      perDocument.push(...documentMismatches(file, report));
    }
    disagreements = comparisons.filter((c) => c.expected !== c.got);

    const byControl = new Map<string, { labels: number; wrong: number; missed: number; extra: number }>();
    for (const c of comparisons) {
      const s = byControl.get(c.control) ?? { labels: 0, wrong: 0, missed: 0, extra: 0 };
      s.labels++;
      if (c.expected !== c.got) {
        s.wrong++;
        if (c.expected === 'fail') s.missed++;
        else s.extra++;
      }
      byControl.set(c.control, s);
    }
    const agreement = (comparisons.length - disagreements.length) / comparisons.length;
    const lines = [
      `conformance: ${comparisons.length - disagreements.length}/${comparisons.length} labels agree (${(agreement * 100).toFixed(2)}%), ${disagreements.length} disagreements`,
      'per control (labels, disagreements = missed fails + unexpected fails):',
      ...[...byControl.entries()]
        .filter(([, s]) => s.wrong > 0)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([id, s]) => `  ${id}: ${s.labels} labels, ${s.wrong} wrong (${s.missed} missed, ${s.extra} unexpected)`),
      'disagreements (file | control | expected | got | first finding):',
      ...disagreements.map((d) => `  ${d.file} | ${d.control} | ${d.expected} | ${d.got} | ${d.firstMessage ?? '-'}`),
      `per-document verdicts contradicted (diagnostic only): ${perDocument.length}`,
      ...perDocument,
    ];
    // One write, so the report stays readable in CI logs.
    // eslint-disable-next-line no-console
    console.log(lines.join('\n'));
  });

  test('the corpus is loaded and labeled', () => {
    expect(comparisons.length).toBeGreaterThan(8000);
  });

  test('no rule crashes on a corpus object', () => {
    expect(shapeErrors).toEqual([]);
  });

  test('agreement with the labels is at least 98%', () => {
    const agreement = (comparisons.length - disagreements.length) / comparisons.length;
    expect(agreement).toBeGreaterThanOrEqual(0.98);
  });

  test('every disagreement is justified by a catalog sentence', () => {
    const justified = new Set(JUSTIFIED.map((j) => key(j.file, j.control)));
    const unjustified = disagreements.filter((d) => !justified.has(key(d.file, d.control))).map((d) => `${d.file} ${d.control} expected ${d.expected}, got ${d.got}`);
    expect(unjustified).toEqual([]);
  });

  test('every justification is still a disagreement and quotes the catalog', () => {
    const current = new Set(disagreements.map((d) => key(d.file, d.control)));
    const stale = JUSTIFIED.filter((j) => !current.has(key(j.file, j.control))).map((j) => `${j.file} ${j.control}`);
    expect(stale).toEqual([]);
    const conventions = conventionsText();
    const misquoted = JUSTIFIED.filter((j) => j.sentence.trim() === '' || !catalogTextOf(j.control, conventions).includes(j.sentence)).map((j) => `${j.file} ${j.control}`);
    expect(misquoted).toEqual([]);
  });
});
