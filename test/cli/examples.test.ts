// The bundled example manifests the README demo audits: the tenant passes every control that
// applies to it; the legacy Deployment fails, with its two reasoned suppressions honoured.
import * as path from 'path';
import { main } from '../../lib/cli';
import { auditPaths } from '../../lib/policy';

const dir = path.resolve(__dirname, '../../examples/manifests');

describe('examples/manifests |', () => {
  test('payments-tenant.yaml: a compliant tenant, no finding, no input error', () => {
    const report = auditPaths([path.join(dir, 'payments-tenant.yaml')]);
    expect(report.errors).toEqual([]);
    expect(report.findings.map((f) => `${f.controlId} ${f.object.kind}/${f.object.name}: ${f.message}`)).toEqual([]);
    expect(report.controls.filter((c) => c.status === 'pass').length).toBeGreaterThan(0);
  });

  test('the whole folder: the legacy Deployment fails, its suppressions carry their reasons', async () => {
    const report = auditPaths([dir]);
    expect(report.errors).toEqual([]);
    const suppressed = report.findings.filter((f) => f.suppressed);
    expect(suppressed.map((f) => f.controlId).sort()).toEqual(expect.arrayContaining(['KW-POD-016']));
    expect(suppressed.find((f) => f.controlId === 'KW-POD-016')!.suppressed!.reason).toMatch(/vendor PDF renderer writes font caches/);
    const failing = report.findings.filter((f) => !f.suppressed);
    expect(failing.length).toBeGreaterThan(0);
    expect(failing.every((f) => f.object.name === 'report-generator')).toBe(true);
    let out = '';
    const code = await main(['audit', dir], { stdout: { write: (s: string) => (out += s) }, stderr: { write: () => true }, readStdin: async () => Buffer.alloc(0), env: {}, cwd: process.cwd() });
    expect(code).toBe(1);
    expect(out).toMatch(/SUPPRESSED KW-POD-016/);
  });
});
