import { pod } from '../fixtures/ha';
import { deployment, expectFail, expectNotApplicable, expectPass } from '../helpers';

const ID = 'KW-HA-008';

describe('KW-HA-008 pods are owned by a controller |', () => {
  test('passes when the Pod carries ownerReferences', () => {
    const owners = [{ apiVersion: 'apps/v1', kind: 'ReplicaSet', name: 'web-5d8f', uid: 'd9607e19-f88f-11e6-a518-42010a800195', controller: true }];
    expectPass(ID, [pod({ meta: { ownerReferences: owners } })]);
  });

  test('fails on a bare Pod, or an empty ownerReferences list', () => {
    const [f] = expectFail(ID, [pod()]);
    expect(f.field).toBe('metadata.ownerReferences');
    expectFail(ID, [pod({ meta: { ownerReferences: [] } })]);
  });

  test('controllers themselves are out of scope', () => {
    expectNotApplicable(ID, [deployment()]);
  });
});
