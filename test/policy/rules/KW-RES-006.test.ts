import { CONTAINER_LIMITS, limitRange, namespace } from '../fixtures/res';
import { expectFail, expectNotApplicable, expectPass } from '../helpers';

const ID = 'KW-RES-006';

describe('KW-RES-006 every tenant namespace has a container LimitRange |', () => {
  test('passes when a LimitRange in the namespace has a Container item', () => {
    expectPass(ID, [namespace('shop'), limitRange('shop', [{ type: 'Pod', max: { cpu: '4' } }, CONTAINER_LIMITS])]);
  });

  test('fails when the namespace has no LimitRange', () => {
    const [f] = expectFail(ID, [namespace('shop')]);
    expect(f.message).toMatch(/LimitRange/);
  });

  test('a LimitRange with only Pod or PersistentVolumeClaim items does not count', () => {
    expectFail(ID, [namespace('shop'), limitRange('shop', [{ type: 'Pod', max: { cpu: '4' } }, { type: 'PersistentVolumeClaim', max: { storage: '10Gi' } }])]);
    expectFail(ID, [namespace('shop'), limitRange('shop', [])]);
  });

  test('a LimitRange of another namespace does not count', () => {
    expectFail(ID, [namespace('shop'), limitRange('other', [CONTAINER_LIMITS])]);
  });

  test('system namespaces are out of scope', () => {
    expectNotApplicable(ID, [namespace('kube-system')]);
  });
});
