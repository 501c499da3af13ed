// The engine against the API server's own verdicts: the upstream Pod Security Admission fixtures of
// ../shared/conformance-ext (psa-<level>-<pass|fail>-<check>, written for policy version v1.37;
// third-party data, never committed). At target 1.37 the kubeward controls that cover the checks
// of a level must refuse exactly the pods that level refuses. The labels of expected.yaml are not
// used here: they follow the catalog as it was before version awareness; the upstream verdict is the
// reference. The cluster model (test/cluster-model/pod-security.ts) is judged against the same files
// separately; nothing is shared with it.
import * as fs from 'fs';
import * as path from 'path';
import { parse } from 'yaml';
import { audit, CONTROLS } from '../../lib/policy';
import { loadCorpus } from '../support/corpus';
import { BASELINE_GAPS, controlsAt, Level, PSA_COVERAGE } from '../support/psa-coverage';
import { describeIfShared, sharedPart } from '../support/shared';

const CONFORMANCE_EXT = sharedPart('conformance-ext', 'the upstream Pod Security Admission fixtures (and other upstream test data)');
const CASES = path.join(CONFORMANCE_EXT.dir, 'cases');
const FIXTURE = /^psa-(baseline|restricted)-(pass|fail)-([a-z_]+?)\d*\.yaml$/;
/** The policy version the fixtures were generated for (their folder, v1.37). */
const FIXTURE_VERSION = '1.37';

describeIfShared(CONFORMANCE_EXT, 'conformance-ext: upstream Pod Security Admission verdicts at v1.37 |', () => {
  const files = CONFORMANCE_EXT.present ? fs.readdirSync(CASES).filter((f) => FIXTURE.test(f)).sort() : [];
  /** For each fixture: its level, verdict, check, and the controls of its level that failed. */
  const results = files.map((file) => {
    const [, level, verdict, check] = FIXTURE.exec(file)!;
    const pod = parse(fs.readFileSync(path.join(CASES, file), 'utf8'));
    const report = audit([pod], { kubernetesVersion: FIXTURE_VERSION });
    const decide = controlsAt(level as Level);
    const failed = [...new Set(report.findings.filter((f) => !f.suppressed && decide.has(f.controlId)).map((f) => f.controlId))].sort();
    return { file, level: level as Level, verdict: verdict as 'pass' | 'fail', check, failed, errors: report.errors };
  });

  test('the fixtures are there, and every upstream check they name is in the coverage table', () => {
    expect(files.length).toBeGreaterThan(100);
    const named = new Set(results.map((r) => r.check).filter((c) => !['base', 'base_linux', 'base_windows'].includes(c)));
    expect([...named].filter((c) => !(c in PSA_COVERAGE))).toEqual([]);
    expect(Object.keys(PSA_COVERAGE).filter((c) => !named.has(c))).toEqual([]);
    for (const c of Object.values(PSA_COVERAGE)) for (const id of c.controls) expect(CONTROLS.map((x) => x.id)).toContain(id);
    expect(results.flatMap((r) => r.errors)).toEqual([]);
  });

  test('the engine admits exactly the pods the API server admits (known gaps aside)', () => {
    const disagreements = results
      .filter((r) => (r.failed.length === 0) !== (r.verdict === 'pass'))
      .filter((r) => !(r.level === 'baseline' && BASELINE_GAPS[r.check]))
      .map((r) => `${r.file}: upstream ${r.verdict === 'pass' ? 'admits' : 'refuses'}, kubeward ${r.failed.length ? `fails ${r.failed.join(', ')}` : 'passes'}`);
    expect(disagreements).toEqual([]);
  });

  test('a refused fixture fails a control of the check it is named after (or of the restricted check replacing it)', () => {
    const wrong = results.filter((r) => r.verdict === 'fail' && !(r.level === 'baseline' && BASELINE_GAPS[r.check])).filter((r) => {
      const replacement = r.level === 'restricted' ? Object.entries(PSA_COVERAGE).find(([, c]) => c.replaces === r.check)?.[0] : undefined;
      const expected = PSA_COVERAGE[replacement ?? r.check].controls;
      return !r.failed.some((id) => expected.includes(id));
    }).map((r) => `${r.file}: failed ${r.failed.join(', ') || 'nothing'}`);
    expect(wrong).toEqual([]);
  });

  test('every known gap is still a gap, and shows only where it is said to', () => {
    for (const check of Object.keys(BASELINE_GAPS)) {
      const gap = results.filter((r) => r.level === 'baseline' && r.check === check && r.verdict === 'fail');
      expect([check, gap.length > 0 && gap.every((r) => r.failed.length === 0)]).toEqual([check, true]);
      // At restricted the same pods are refused (KW-POD-015).
      const restricted = results.filter((r) => r.level === 'restricted' && r.check === check && r.verdict === 'fail');
      expect(restricted.every((r) => r.failed.includes('KW-POD-015'))).toBe(true);
    }
  });

  test('the labels of expected.yaml agree 100% at the default target', () => {
    // The labels follow the catalog sentences as written before version awareness; at the default
    // target (1.34, older than the 1.35 and 1.37 changes) the engine must still give every one.
    const corpus = loadCorpus(path.join(CONFORMANCE_EXT.dir, 'expected.yaml'));
    const wrong: string[] = [];
    let labels = 0;
    for (const f of corpus) {
      const failing = new Set(audit([...f.manifests]).findings.filter((x) => !x.suppressed).map((x) => x.controlId));
      for (const c of f.fail) {
        labels++;
        if (!failing.has(c)) wrong.push(`${f.file} ${c}: expected fail`);
      }
      for (const c of f.pass) {
        labels++;
        if (failing.has(c)) wrong.push(`${f.file} ${c}: expected pass`);
      }
    }
    expect(labels).toBeGreaterThan(10000);
    expect(wrong).toEqual([]);
  });

  test('the verdicts follow the version: at 1.36 the 1.37 sysctls are refused again', () => {
    const sysctls = files.filter((f) => /^psa-baseline-pass-sysctls/.test(f)).map((f) => parse(fs.readFileSync(path.join(CASES, f), 'utf8')));
    const newest = sysctls.filter((p) => (p.spec.securityContext?.sysctls ?? []).some((s: { name: string }) => s.name === 'net.ipv4.tcp_notsent_lowat'));
    expect(newest.length).toBeGreaterThan(0);
    for (const p of newest) {
      expect(audit([p], { kubernetesVersion: '1.37' }).findings.filter((f) => f.controlId === 'KW-POD-018')).toEqual([]);
      expect(audit([p], { kubernetesVersion: '1.36' }).findings.filter((f) => f.controlId === 'KW-POD-018').length).toBeGreaterThan(0);
    }
  });
});
