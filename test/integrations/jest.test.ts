import { ApiObject, Testing } from 'cdk8s';
import { kubewardMatchers } from '../../lib/integrations';

expect.extend(kubewardMatchers);

function privilegedChart(): ReturnType<typeof Testing.chart> {
  const chart = Testing.chart();
  new ApiObject(chart, 'web', {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: 'web', namespace: 'shop' },
    spec: {
      selector: { matchLabels: { app: 'web' } },
      template: { metadata: { labels: { app: 'web' } }, spec: { containers: [{ name: 'app', image: 'x:1', securityContext: { privileged: true } }] } },
    },
  });
  return chart;
}

describe('jest matcher toPassControls |', () => {
  test('passes for a tree without findings at the threshold', () => {
    const chart = Testing.chart();
    new ApiObject(chart, 'settings', { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'settings', namespace: 'shop' }, data: { mode: 'prod' } });
    expect(chart).toPassControls({ failOn: 'critical' });
    expect(privilegedChart()).toPassControls({ failOn: 'critical', skipControls: ['KW-POD-001'] });
  });

  test('fails with a message listing control, severity, construct path and message', () => {
    const chart = privilegedChart();
    expect(chart).not.toPassControls({ failOn: 'critical' });
    let message = '';
    try {
      expect(chart).toPassControls({ failOn: 'critical' });
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toMatch(/expected test to pass the kubeward controls \(fail on critical and above\), but found 1 finding:\n {2}KW-POD-001 \[critical\] test\/web: container "app" is privileged/);
  });

  test('the .not message explains why it passed; non-constructs fail clearly', () => {
    const chart = Testing.chart();
    let message = '';
    try {
      expect(chart).not.toPassControls();
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toMatch(/expected test not to pass the kubeward controls, but it has no unsuppressed finding at or above low \(0 objects/);
    expect(() => expect({}).toPassControls()).toThrow(/expected a cdk8s App, Chart or construct, received object/);
  });
});
