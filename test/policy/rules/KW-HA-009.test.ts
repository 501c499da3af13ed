import { deployment, expectFail, expectNotApplicable, expectPass } from '../helpers';

const ID = 'KW-HA-009';

function withSelector(selector: unknown, kind = 'Deployment', apiVersion = 'apps/v1'): Record<string, any> {
  const d = deployment({ spec: { selector } });
  d.spec.template.metadata.labels = { app: 'web', tier: 'front' };
  if (selector === undefined) delete d.spec.selector;
  return { ...d, kind, apiVersion };
}

describe('KW-HA-009 controller selectors match their pod template labels |', () => {
  test('passes when matchLabels and matchExpressions are satisfied by the template labels', () => {
    expectPass(ID, [withSelector({ matchLabels: { app: 'web' }, matchExpressions: [{ key: 'tier', operator: 'In', values: ['front', 'edge'] }, { key: 'legacy', operator: 'DoesNotExist' }] })]);
  });

  test('fails on a matchLabels pair the template lacks, one finding per pair', () => {
    const found = expectFail(ID, [withSelector({ matchLabels: { app: 'web', version: 'v2', tier: 'back' } })]);
    expect(found.map((f) => f.field)).toEqual(['spec.selector.matchLabels.version', 'spec.selector.matchLabels.tier']);
  });

  test('fails on an unsatisfied matchExpressions entry', () => {
    const [f] = expectFail(ID, [withSelector({ matchExpressions: [{ key: 'tier', operator: 'NotIn', values: ['front'] }] })]);
    expect(f.field).toBe('spec.selector.matchExpressions[0]');
  });

  test('applies to StatefulSets, DaemonSets, ReplicaSets and Jobs; a missing selector passes', () => {
    expectFail(ID, [withSelector({ matchLabels: { app: 'api' } }, 'StatefulSet')]);
    expectFail(ID, [withSelector({ matchLabels: { app: 'api' } }, 'DaemonSet', 'extensions/v1beta1')]);
    expectFail(ID, [withSelector({ matchLabels: { app: 'api' } }, 'Job', 'batch/v1')]);
    expectPass(ID, [withSelector(undefined, 'Job', 'batch/v1')]);
  });

  test('Pods and CronJobs are out of scope', () => {
    expectNotApplicable(ID, [{ apiVersion: 'v1', kind: 'Pod', metadata: { name: 'p', namespace: 'shop' }, spec: { containers: [{ name: 'a', image: 'x:1' }] } }]);
  });
});
