import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App } from 'cdk8s';
import { auditApp } from '../../../lib/integrations';
import { auditPaths, AuditReport, loadText } from '../../../lib/policy';
import { SecureTenant } from '../../../lib/tenancy';
import { paymentsProps } from '../../tenancy/fixtures';

// Files are read with YAML 1.1 scalars, as cdk8s writes them and as the API server reads them, so
// the verdict from `kubeward audit dist` equals the in-memory verdict of the same app.

/** Tenant names that are DNS labels and that YAML 1.2 and YAML 1.1 resolve differently (or not as strings). */
const SENSITIVE = ['0o7', 'yes', 'no', 'on', 'off', 'y', 'n', '0x1f', '07', '0b1', '1e3', 'true', 'null'];

function verdict(report: AuditReport): string[] {
  return report.findings.map((f) => `${f.controlId} ${f.object.kind} ${f.object.namespace ?? ''}/${f.object.name}${f.suppressed ? ' (suppressed)' : ''}`).sort();
}

describe('YAML 1.1 scalars like the API server |', () => {
  test.each(SENSITIVE)('a tenant named %s: the file verdict equals the in-memory verdict, and the names stay strings', (name) => {
    const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'kw-yaml11-'));
    try {
      const app = new App({ outdir });
      new SecureTenant(app, `tenant-${name}`, paymentsProps({ namespace: name }));
      const inMemory = auditApp(app);
      app.synth();
      const fromFiles = auditPaths([outdir]);
      expect(fromFiles.errors).toEqual([]);
      expect(fromFiles.objects).toBe(inMemory.objects);
      expect(verdict(fromFiles)).toEqual(verdict(inMemory));
      const ns = fs.readdirSync(outdir).flatMap((f) => loadText(fs.readFileSync(path.join(outdir, f), 'utf8'), f).objects).find((o) => o.kind === 'Namespace');
      expect(ns?.raw.metadata.name).toBe(name);
    } finally {
      fs.rmSync(outdir, { recursive: true, force: true });
    }
  });

  test('YAML 1.1 resolution as go-yaml v2: booleans yes/on/y, octal 07, hex, 1_000; 0o7, base 60 and timestamps stay strings', () => {
    const text = 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: x}\ndata: {a: yes, b: on, c: y, d: 07, e: 0x1f, f: 1_000, g: 0o7, h: 1:20, i: 2024-01-01T00:00:00Z}\n';
    expect(loadText(text, 'x.yaml').objects[0].raw.data).toEqual({ a: true, b: true, c: true, d: 7, e: 31, f: 1000, g: '0o7', h: '1:20', i: '2024-01-01T00:00:00Z' });
  });
});
