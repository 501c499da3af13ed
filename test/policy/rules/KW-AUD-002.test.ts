import { deployment, expectFail, expectNotApplicable, expectPass } from '../helpers';

const ID = 'KW-AUD-002';

describe('KW-AUD-002 workloads and Namespaces carry ownership labels |', () => {
  test('passes when every ownership label is set', () => {
    expectPass(ID, [deployment(), { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'shop', labels: { 'app.kubernetes.io/name': 'shop', 'owner': 'shop-team' } } }]);
  });

  test('fails once per missing or empty label, naming the field', () => {
    const found = expectFail(ID, [deployment({ meta: { labels: { owner: '' } } })]);
    expect(found.map((f) => f.field)).toEqual(['metadata.labels.app.kubernetes.io/name', 'metadata.labels.owner']);
    expect(found[1].message).toMatch(/empty/);
  });

  test('fails on a Namespace without labels', () => {
    expectFail(ID, [{ apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'shop' } }]);
  });

  test('pod template labels do not stand in for the object labels', () => {
    const d = deployment({ meta: { labels: {} } });
    d.spec.template.metadata.labels = { 'app.kubernetes.io/name': 'web', 'owner': 'shop-team' };
    expectFail(ID, [d]);
  });

  test('honours ownershipLabels', () => {
    const options = { ownershipLabels: ['team'] };
    expectFail(ID, [deployment()], options);
    expectPass(ID, [deployment({ meta: { labels: { team: 'shop' } } })], options);
  });

  test('other kinds are out of scope', () => {
    expectNotApplicable(ID, [{ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'c', namespace: 'shop' } }]);
  });
});
