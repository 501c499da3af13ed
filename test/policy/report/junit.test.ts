import { cleanReport, ROOT, sampleReport } from './fixture';
import { formatJunit } from '../../../lib/policy';

/** The attributes of every element with a tag name, parsed from the XML text. */
function elements(xml: string, tag: string): Array<Record<string, string>> {
  const out: Array<Record<string, string>> = [];
  for (const m of xml.matchAll(new RegExp(`<${tag}((?:\\s+[\\w:-]+="[^"]*")*)\\s*/?>`, 'g'))) {
    const attrs: Record<string, string> = {};
    for (const a of m[1].matchAll(/([\w:-]+)="([^"]*)"/g)) attrs[a[1]] = a[2];
    out.push(attrs);
  }
  return out;
}

describe('JUnit reporter |', () => {
  const xml = formatJunit(sampleReport(), { baseDir: ROOT });

  test('one testsuite per control that ran, plus one for input errors, with consistent totals', () => {
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<testsuites')).toBe(true);
    const suites = elements(xml, 'testsuite');
    expect(suites.map((s) => s.name)).toEqual([
      'KW-POD-005 Privilege escalation is explicitly disabled',
      'KW-POD-016 Root filesystem is read-only',
      'KW-NET-001 Every tenant namespace has a default-deny ingress NetworkPolicy',
      'KW-RBAC-004 Read access to Secrets is not granted',
      'KW-IMG-003 Images come from allowed registries',
      'input',
    ]);
    const [root] = elements(xml, 'testsuites');
    const sum = (k: string): number => suites.reduce((n, s) => n + Number(s[k]), 0);
    expect(root).toEqual(expect.objectContaining({ tests: String(sum('tests')), failures: '3', errors: '1', skipped: '2' }));
    expect(elements(xml, 'testcase')).toHaveLength(sum('tests'));
  });

  test('failures for findings, skipped with the reason for suppressed ones, XML escaped', () => {
    expect(xml).toMatch(/<testcase classname="KW-POD-005" name="shop\/Deployment\/web\/container\/app spec\.template\.spec\.containers\[0\]\.securityContext\.allowPrivilegeEscalation" file="dist\/shop\.k8s\.yaml" line="12">\n\s*<failure type="high" message="container &quot;app&quot; allows privilege escalation; set allowPrivilegeEscalation: false\.">/);
    expect(xml).toMatch(/<skipped message="suppressed: the legacy renderer writes caches under \/var\/cache"\/>/);
    expect(xml).toMatch(/<testcase classname="KW-NET-001" name="2 objects in scope pass"\/>/);
    expect(xml).toMatch(/<testcase classname="KW-RBAC-004" name="no object in scope">\n\s*<skipped message="not applicable/);
    expect(xml).toMatch(/<error type="parse" message="dist\/broken\.yaml:4: unexpected end/);
    expect(xml).toContain('file="dist/debug%20%26%20%3Ctools%3E.yaml"');
    expect(xml).not.toMatch(/<[^>]*[^=]"[^"]*<tools>/);
  });

  test('a clean run has no failures', () => {
    const clean = formatJunit(cleanReport(), { baseDir: ROOT });
    expect(elements(clean, 'testsuites')[0]).toEqual(expect.objectContaining({ failures: '0', errors: '0' }));
    expect(clean).not.toContain('<failure');
  });
});
