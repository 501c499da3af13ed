import { audit } from '../../../lib/policy';
import { container, cronJob, pod } from '../fixtures/pod';
import { deployment, expectFail, expectNotApplicable, expectPass, statusOf } from '../helpers';

// At the default target (the newest TKE minor, 1.34+), where the check exists; tests of the
// version boundary are in test/policy/kubernetes-version.test.ts.
const probe = (where: Record<string, unknown>): Record<string, any> => deployment({ container: where });

describe('KW-POD-027 probe and lifecycle hosts |', () => {
  test('passes when no handler names a host, or names the empty host', () => {
    expectPass('KW-POD-027', [deployment()]);
    expectPass('KW-POD-027', [probe({ livenessProbe: { httpGet: { host: '', path: '/live', port: 8080 } }, readinessProbe: { tcpSocket: { port: 8080 } } })]);
    expectPass('KW-POD-027', [probe({ lifecycle: { preStop: { exec: { command: ['sleep', '5'] } } } })]);
  });

  test('fails on httpGet.host and tcpSocket.host of each probe, naming the field', () => {
    for (const p of ['livenessProbe', 'readinessProbe', 'startupProbe']) {
      for (const action of ['httpGet', 'tcpSocket']) {
        const [f] = expectFail('KW-POD-027', [probe({ [p]: { [action]: { host: '169.254.0.23', port: 80 } } })]);
        expect(f.field).toBe(`spec.template.spec.containers[0].${p}.${action}.host`);
        expect(f.message).toMatch(/169\.254\.0\.23/);
      }
    }
  });

  test('fails on lifecycle postStart and preStop hosts, tcpSocket included', () => {
    const [f] = expectFail('KW-POD-027', [probe({ lifecycle: { postStart: { httpGet: { host: 'kube-apiserver', port: 443 } } } })]);
    expect(f.field).toBe('spec.template.spec.containers[0].lifecycle.postStart.httpGet.host');
    expectFail('KW-POD-027', [probe({ lifecycle: { preStop: { tcpSocket: { host: 'db', port: 5432 } } } })]);
  });

  test('reports one finding per offending host, on every container type', () => {
    const d = probe({ livenessProbe: { httpGet: { host: 'a', port: 1 } }, readinessProbe: { tcpSocket: { host: 'b', port: 2 } } });
    expect(expectFail('KW-POD-027', [d])).toHaveLength(2);
    const init = pod({ pod: { initContainers: [container('init', { startupProbe: { httpGet: { host: 'c', port: 3 } } })] } });
    expect(expectFail('KW-POD-027', [init])[0].container).toBe('init');
    expect(expectFail('KW-POD-027', [cronJob({ container: { livenessProbe: { tcpSocket: { host: 'd', port: 4 } } } })])[0].field)
      .toBe('spec.jobTemplate.spec.template.spec.containers[0].livenessProbe.tcpSocket.host');
  });

  test('skips a kind served by the wrong group', () => {
    expectNotApplicable('KW-POD-027', [{ ...probe({ livenessProbe: { httpGet: { host: 'a', port: 1 } } }), apiVersion: 'v1' }]);
  });

  test('can be suppressed with a reason', () => {
    const d = probe({ livenessProbe: { httpGet: { host: 'a', port: 1 } } });
    d.metadata.annotations = { 'kubeward.dev/suppress': 'KW-POD-027: legacy sidecar checks a peer until the migration next sprint' };
    const report = audit([d]);
    expect(report.findings.filter((f) => f.controlId === 'KW-POD-027').every((f) => f.suppressed)).toBe(true);
    expect(statusOf(report, 'KW-POD-027')).toBe('suppressed');
  });
});
