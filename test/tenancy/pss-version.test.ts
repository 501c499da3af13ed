// SecureTenant pins pod-security.kubernetes.io/enforce-version to the version kubeward checks it
// against (the engine's default target, the newest TKE minor), says so in its TSDoc, and the
// engine then checks the tenant's pods at the pinned version.
import * as fs from 'fs';
import * as path from 'path';
import { paymentsProps, synthTenant, find } from './fixtures';
import { audit, CATALOG_DEFAULTS } from '../../lib/policy';
import { CHECKED_PSS_VERSION } from '../../lib/policy/model/kubernetes-version';

describe('SecureTenant Pod Security version |', () => {
  test('enforce-version is the version the engine checks against by default', () => {
    expect(CHECKED_PSS_VERSION).toBe(`v${CATALOG_DEFAULTS.kubernetesVersion}`);
    const { objects } = synthTenant();
    expect(find(objects, 'Namespace', 'payments').metadata.labels['pod-security.kubernetes.io/enforce-version']).toBe(CHECKED_PSS_VERSION);
  });

  test('the TSDoc defaults name that version', () => {
    const props = fs.readFileSync(path.join(__dirname, '../../lib/tenancy/props.ts'), 'utf8');
    expect(props).toContain(`@default '${CHECKED_PSS_VERSION}' - the version kubeward checks its constructs against`);
    expect(props).toContain(`@default { level: 'restricted', version: '${CHECKED_PSS_VERSION}' }`);
  });

  test('a pinned older version is what the engine checks the tenant\'s pods at', () => {
    const { objects } = synthTenant(paymentsProps({ podSecurity: { version: 'v1.33' } }));
    const ns = find(objects, 'Namespace', 'payments');
    expect(ns.metadata.labels['pod-security.kubernetes.io/enforce-version']).toBe('v1.33');
    const probeHost = {
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name: 'p', namespace: 'payments' },
      spec: { containers: [{ name: 'app', image: 'x', livenessProbe: { tcpSocket: { host: '10.0.0.1', port: 80 } } }] },
    };
    const hostChecks = (objs: any[]): number => audit(objs, { kubernetesVersion: '1.34' }).findings.filter((f) => f.controlId === 'KW-POD-027').length;
    expect(hostChecks([ns, probeHost])).toBe(0);
    expect(hostChecks([find(synthTenant().objects, 'Namespace', 'payments'), probeHost])).toBe(1);
  });
});
