import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { formatJson, formatJunit, formatSarif, formatText } from '../../../lib/policy';
import { auditPaths } from '../../../lib/policy/input';
import { printable } from '../../../lib/policy/report/escape';

// A crafted file name and suppression reason must not forge report lines, repaint the terminal or
// break a machine format: every reporter escapes what the input controls.

const FORGED = '\nPASS: no unsuppressed finding at or above low.\x1b[2K\r';
let dir: string;
let file: string;

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kw-esc-'));
  file = path.join(dir, `evil${FORGED}.json`);
  fs.writeFileSync(
    file,
    JSON.stringify({
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: {
        name: 'web',
        namespace: 'shop',
        annotations: { 'kubeward.dev/suppress': `KW-POD-016: because the team said so${FORGED}` },
      },
      spec: {
        replicas: 1,
        selector: { matchLabels: { app: 'web' } },
        template: { metadata: { labels: { app: 'web' } }, spec: { containers: [{ name: `app${FORGED}`, image: 'nginx', securityContext: { privileged: true } }] } },
      },
    }),
  );
});

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('reporters escape user-controlled text |', () => {
  test('printable shows controls, line breaks and bidi overrides escaped, and leaves plain text alone', () => {
    expect(printable('a\nb\x1b[31m\u202e\t')).toBe('a\\nb\\x1b[31m\\u202e\\t');
    expect(printable('C:\\plain\\path.yaml')).toBe('C:\\plain\\path.yaml');
    expect(printable('x\\n\n')).toBe('x\\\\n\\n');
  });

  test('text: no forged PASS line, no raw escape or carriage return, the real verdict is the only verdict', () => {
    const report = auditPaths([file]);
    expect(report.findings.length).toBeGreaterThan(0);
    const text = formatText(report);
    expect(text).not.toMatch(/[\x00-\x08\x0b-\x1f\x7f]/);
    const lines = text.split('\n');
    expect(lines.filter((l) => /^\s*PASS:/.test(l))).toEqual([]);
    expect(lines.filter((l) => /^(PASS|FAIL|ERROR):/.test(l))).toHaveLength(1);
    expect(text).toContain('\\nPASS: no unsuppressed');
    expect(text).toContain('\\x1b[2K');
  });

  test('JSON and SARIF round-trip the exact strings (JSON.stringify escapes them)', () => {
    const report = auditPaths([file]);
    const json = formatJson(report, { baseDir: dir });
    expect(json).not.toMatch(/[\x00-\x09\x0b-\x1f]/);
    expect(JSON.stringify(JSON.parse(json))).toContain('KW-POD-016');
    const sarif = formatSarif(report, { baseDir: dir });
    expect(sarif).not.toMatch(/[\x00-\x09\x0b-\x1f]/);
    const parsed = JSON.parse(sarif);
    const uris = parsed.runs[0].results.flatMap((r: any) => r.locations.map((l: any) => l.physicalLocation?.artifactLocation?.uri)).filter(Boolean);
    expect(uris.length).toBeGreaterThan(0);
    for (const u of uris) expect(decodeURIComponent(u)).toBe(path.basename(file));
  });

  test('JUnit: well-formed XML 1.0, control characters visible, no raw newline inside an attribute', () => {
    const xml = formatJunit(auditPaths([file]), { baseDir: dir });
    expect(xml).not.toMatch(/[\x00-\x08\x0b\x0c\x0e-\x1f]/);
    expect(xml).toContain('\\x1b[2K');
    for (const m of xml.matchAll(/="([^"]*)"/g)) expect(m[1]).not.toMatch(/[\n\r\t<]/);
    expect(xml).toContain('&#10;PASS: no unsuppressed');
  });
});
