// Each tenant synthesizes into its own file, and two synths of the same program are identical
// byte for byte.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App } from 'cdk8s';
import { paymentsProps } from './fixtures';
import { TenantPeer } from '../../lib/network';
import { SecureTenant } from '../../lib/tenancy';

function program(outdir: string): void {
  const app = new App({ outdir });
  const payments = new SecureTenant(app, 'payments', paymentsProps());
  const orders = new SecureTenant(app, 'orders', paymentsProps({ trustedRegistries: ['ccr.ccs.tencentyun.com/orders'], developers: ['group:orders-devs'] }));
  payments.allowFrom(orders, { ports: [{ port: 8443 }] });
  payments.allowFrom(TenantPeer.ingressGateway(), { ports: [{ port: 8080 }] });
  app.synth();
}

function readAll(dir: string): Record<string, string> {
  return Object.fromEntries(fs.readdirSync(dir).sort().map((f) => [f, fs.readFileSync(path.join(dir, f), 'utf8')]));
}

describe('synthesis |', () => {
  test('one file per tenant, byte-identical across synths', () => {
    const a = fs.mkdtempSync(path.join(os.tmpdir(), 'kw-tenant-a-'));
    const b = fs.mkdtempSync(path.join(os.tmpdir(), 'kw-tenant-b-'));
    try {
      program(a);
      program(b);
      const first = readAll(a);
      expect(Object.keys(first)).toEqual(['orders.k8s.yaml', 'payments.k8s.yaml']);
      expect(readAll(b)).toEqual(first);
      expect(first['payments.k8s.yaml']).toContain('name: allow-from-tenant-orders');
      expect(first['orders.k8s.yaml']).toContain('name: allow-egress-to-tenant-payments');
    } finally {
      fs.rmSync(a, { recursive: true, force: true });
      fs.rmSync(b, { recursive: true, force: true });
    }
  });
});
