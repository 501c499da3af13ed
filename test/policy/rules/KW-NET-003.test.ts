import { denyIngress, networkPolicy } from '../fixtures/net';
import { deployment, expectFail, expectNotApplicable, expectPass, findingsFor } from '../helpers';

describe('KW-NET-003 every workload is selected by a NetworkPolicy |', () => {
  test('passes when a policy of the namespace selects the pod template labels', () => {
    expectPass('KW-NET-003', [deployment(), networkPolicy('shop', { podSelector: { matchLabels: { app: 'web' } }, ingress: [] })]);
  });

  test('an empty podSelector matches every pod of its namespace', () => {
    expectPass('KW-NET-003', [deployment(), denyIngress('shop')]);
  });

  test('fails without a policy, naming the pod template labels', () => {
    const [f] = expectFail('KW-NET-003', [deployment()]);
    expect(f.field).toBe('spec.template.metadata.labels');
  });

  test('fails when the only policy selects other pods or sits in another namespace', () => {
    expectFail('KW-NET-003', [deployment(), networkPolicy('shop', { podSelector: { matchLabels: { app: 'db' } } })]);
    expectFail('KW-NET-003', [deployment(), denyIngress('other')]);
  });

  test('matchExpressions are honoured', () => {
    expectPass('KW-NET-003', [deployment(), networkPolicy('shop', { podSelector: { matchExpressions: [{ key: 'app', operator: 'In', values: ['web', 'api'] }] } })]);
    expectFail('KW-NET-003', [deployment(), networkPolicy('shop', { podSelector: { matchExpressions: [{ key: 'app', operator: 'NotIn', values: ['web'] }] } })]);
  });

  test('namespace-less objects are in default on both sides', () => {
    const d = deployment();
    delete d.metadata.namespace;
    expectPass('KW-NET-003', [d, networkPolicy(undefined, { podSelector: { matchLabels: { app: 'web' } } })]);
    expectFail('KW-NET-003', [d, denyIngress('shop')]);
  });

  test('a Pod is matched by its own labels; a CronJob by its job template labels', () => {
    const pod = { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'p', namespace: 'shop', labels: { app: 'web' } }, spec: { containers: [{ name: 'c', image: 'x' }] } };
    const np = networkPolicy('shop', { podSelector: { matchLabels: { app: 'web' } } });
    expectPass('KW-NET-003', [pod, np]);
    const [f] = expectFail('KW-NET-003', [{ ...pod, metadata: { ...pod.metadata, labels: { app: 'db' } } }, np]);
    expect(f.field).toBe('metadata.labels');
    const cron = {
      apiVersion: 'batch/v1',
      kind: 'CronJob',
      metadata: { name: 'c', namespace: 'shop' },
      spec: { schedule: '* * * * *', jobTemplate: { spec: { template: { metadata: { labels: { app: 'web' } }, spec: { containers: [{ name: 'c', image: 'x' }] } } } } },
    };
    expectPass('KW-NET-003', [cron, np]);
  });

  test('one finding per unselected workload among several', () => {
    const db = deployment({ meta: { name: 'db' } });
    db.spec.template.metadata.labels = { app: 'db' };
    const found = findingsFor('KW-NET-003', [deployment(), db, networkPolicy('shop', { podSelector: { matchLabels: { app: 'web' } } })]);
    expect(found.map((f) => f.object.name)).toEqual(['db']);
  });

  test('a NetworkPolicy alone is in scope and passes; other kinds are out of scope', () => {
    expectPass('KW-NET-003', [denyIngress('shop')]);
    expectNotApplicable('KW-NET-003', [{ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'x' } }]);
  });

  test('apiVersion v1 with kind Deployment is not a Deployment', () => {
    const d = deployment();
    d.apiVersion = 'v1';
    expectNotApplicable('KW-NET-003', [d]);
  });
});
