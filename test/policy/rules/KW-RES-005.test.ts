import { namespace, resourceQuota } from '../fixtures/res';
import { expectFail, expectNotApplicable, expectPass } from '../helpers';

const ID = 'KW-RES-005';

describe('KW-RES-005 every tenant namespace has a ResourceQuota |', () => {
  test('passes when the set holds a ResourceQuota with hard limits in the namespace', () => {
    expectPass(ID, [namespace('shop'), resourceQuota('shop', { 'requests.cpu': '4', 'pods': '20' })]);
  });

  test('fails when the namespace has no ResourceQuota', () => {
    const [f] = expectFail(ID, [namespace('shop')]);
    expect(f.object.name).toBe('shop');
    expect(f.message).toMatch(/ResourceQuota/);
  });

  test('a quota without spec.hard, or in another namespace, does not count', () => {
    expectFail(ID, [namespace('shop'), resourceQuota('shop', {})]);
    expectFail(ID, [namespace('shop'), resourceQuota('shop')]);
    expectFail(ID, [namespace('shop'), resourceQuota('other', { pods: '10' })]);
  });

  test('a quota without metadata.namespace lands in default', () => {
    expectFail(ID, [namespace('shop'), resourceQuota(undefined, { pods: '10' })]);
    expectPass(ID, [namespace('default'), resourceQuota(undefined, { pods: '10' })]);
  });

  test('system namespaces are out of scope', () => {
    expectNotApplicable(ID, [namespace('kube-system'), namespace('kube-public'), namespace('kube-node-lease')]);
  });

  test('a quota alone, without its Namespace in the set, is not evaluated', () => {
    expectNotApplicable(ID, [resourceQuota('shop', {})]);
  });
});
