import { service } from '../fixtures/net';
import { expectFail, expectNotApplicable, expectPass } from '../helpers';

describe('KW-NET-007 NodePort Services are not used |', () => {
  test('passes on ClusterIP, ExternalName, LoadBalancer and unset types', () => {
    expectPass('KW-NET-007', [service({})]);
    expectPass('KW-NET-007', [service({ type: 'ClusterIP' })]);
    expectPass('KW-NET-007', [service({ type: 'ExternalName', externalName: 'db.example.com' })]);
    expectPass('KW-NET-007', [service({ type: 'LoadBalancer' })]);
  });

  test('fails on NodePort, on spec.type', () => {
    const [f] = expectFail('KW-NET-007', [service({ type: 'NodePort' })]);
    expect(f.field).toBe('spec.type');
  });

  test('only Services are in scope', () => {
    expectNotApplicable('KW-NET-007', [{ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'x' } }]);
  });
});
