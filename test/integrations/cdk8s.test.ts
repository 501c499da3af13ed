import { ApiObject, Chart, Testing } from 'cdk8s';
import { auditApp, auditChart, Compliance } from '../../lib/integrations';

function deployment(chart: Chart, id: string, container: Record<string, unknown>, annotations?: Record<string, string>): ApiObject {
  return new ApiObject(chart, id, {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: id, namespace: 'shop', ...(annotations ? { annotations } : {}) },
    spec: {
      replicas: 2,
      selector: { matchLabels: { app: id } },
      template: {
        metadata: { labels: { app: id } },
        spec: { containers: [{ name: 'app', image: 'ccr.ccs.tencentyun.com/shop/web:1.0', ...container }] },
      },
    },
  });
}

describe('cdk8s adapter |', () => {
  test('auditChart: every ApiObject of the chart, each finding pointing at its construct path', () => {
    const chart = Testing.chart();
    deployment(chart, 'web', { securityContext: { privileged: true } });
    new ApiObject(chart, 'settings', { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'settings', namespace: 'shop' } });
    const report = auditChart(chart);
    expect(report.objects).toBe(2);
    const pod001 = report.findings.filter((f) => f.controlId === 'KW-POD-001');
    expect(pod001).toHaveLength(1);
    expect(pod001[0].source).toEqual({ constructPath: 'test/web' });
    expect(pod001[0].object).toEqual({ apiVersion: 'apps/v1', kind: 'Deployment', name: 'web', namespace: 'shop' });
  });

  test('auditApp: all charts form one manifest set', () => {
    const app = Testing.app();
    const a = new Chart(app, 'platform');
    const b = new Chart(app, 'tenant');
    new ApiObject(a, 'ns', { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'shop' } });
    deployment(b, 'web', {});
    const report = auditApp(app);
    expect(report.objects).toBe(2);
    expect(report.errors).toEqual([]);
  });

  test('Compliance.enforce: synth fails listing [construct path] KW-XXX-NNN message for each finding at or above failOn', () => {
    const app = Testing.app();
    const chart = new Chart(app, 'shop');
    deployment(chart, 'web', { securityContext: { privileged: true } });
    deployment(chart, 'api', {});
    Compliance.of(app).enforce({ failOn: 'critical' });
    expect(() => app.synthYaml()).toThrow(/Validation failed with the following errors:\n.*\[shop\/web\] KW-POD-001 container "app" is privileged/);
    let message = '';
    try {
      app.synthYaml();
    } catch (e) {
      message = (e as Error).message;
    }
    // Only the privileged Deployment is named at the critical threshold.
    expect(message).not.toMatch(/\[shop\/api\]/);
  });

  test('Compliance.enforce: a suppression-free compliant tree synthesizes; skipped controls do not fail', () => {
    const app = Testing.app();
    const chart = new Chart(app, 'shop');
    deployment(chart, 'web', { securityContext: { privileged: true } });
    Compliance.of(app).enforce({ failOn: 'critical', skipControls: ['KW-POD-001'] });
    expect(() => app.synthYaml()).not.toThrow();
    // Calling enforce again replaces the options rather than stacking a second validation.
    Compliance.of(app).enforce({ failOn: 'critical' });
    expect(app.node.validate()).toHaveLength(1);
  });

  test('Compliance.enforce on a chart: invalid suppressions fail synth too', () => {
    const chart = Testing.chart();
    deployment(chart, 'web', {}, { 'kubeward.dev/suppress': 'KW-POD-001: we really need it here' });
    Compliance.of(chart).enforce({ failOn: 'critical' });
    expect(chart.node.validate()).toEqual([expect.stringMatching(/^\[test\/web\] Deployment shop\/web: kubeward\.dev\/suppress: KW-POD-001 cannot be suppressed/)]);
  });
});
