import { NOT_EVALUATED, cleanReport, sampleReport } from './fixture';
import { formatText } from '../../../lib/policy';

describe('text reporter |', () => {
  test('groups findings by object, marks suppressed ones with their reason, summarizes', () => {
    const out = formatText(sampleReport());
    const lines = out.split('\n');
    // One heading per object, in input order, with where it came from.
    const headings = lines.filter((l) => /^\S/.test(l));
    expect(headings[0]).toMatch(/^Deployment shop\/web {2}\(.*dist\/shop\.k8s\.yaml:12\)$/);
    expect(headings[1]).toMatch(/^Pod debug {2}\(/);
    expect(out).toMatch(/ {2}FAIL KW-POD-005 \[high\] Privilege escalation is explicitly disabled\n {6}container "app" allows privilege escalation; set allowPrivilegeEscalation: false\. \(container app, at spec\.template\.spec\.containers\[0\]\.securityContext\.allowPrivilegeEscalation\)/);
    expect(out).toMatch(/ {2}SUPPRESSED KW-POD-016 \[medium\] Root filesystem is read-only\n.*\n {6}reason: the legacy renderer writes caches under \/var\/cache/);
    expect(out).toMatch(/Input errors\n {2}PARSE dist\/broken\.yaml:4: unexpected end/);
    expect(out).toContain(
      `7 objects in 3 files: 3 findings (0 critical, 3 high, 0 medium, 0 low), 1 suppressed; controls: 1 pass, 2 fail, 1 suppressed, 1 not applicable, ${NOT_EVALUATED} not evaluated; 1 input error`,
    );
    expect(out.trimEnd().split('\n').pop()).toBe('ERROR: some input could not be read or parsed; see the input errors.');
    expect(out).not.toContain('\x1b[');
  });

  test('the verdict follows the threshold', () => {
    const r = { ...sampleReport(), errors: [] };
    expect(formatText(r, { failOn: 'high' })).toMatch(/FAIL: 3 unsuppressed findings at or above high\.\n$/);
    expect(formatText(r, { failOn: 'critical' })).toMatch(/PASS: no unsuppressed finding at or above critical\.\n$/);
    expect(formatText(cleanReport())).toMatch(/^7 objects in 3 files: 0 findings .*\nPASS/);
  });

  test('parts turned off on purpose are listed with their reasons', () => {
    const text = formatText(sampleReport());
    expect(text).toMatch(/Not covered \(turned off on purpose\)\n  OFF backup in Namespace legacy: stateless batch tenant; its data lives in the warehouse\n/);
    expect(formatText(cleanReport())).not.toMatch(/Not covered/);
  });

  test('colour only when asked for', () => {
    expect(formatText(sampleReport(), { color: true })).toMatch(/\x1b\[31mFAIL\x1b\[0m KW-POD-005/);
  });
});
