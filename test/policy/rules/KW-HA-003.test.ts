import { hpa, replicated, statefulSet } from '../fixtures/ha';
import { expectFail, expectNotApplicable, expectPass } from '../helpers';

const ID = 'KW-HA-003';
const TARGET = { kind: 'Deployment', name: 'web' };

describe('KW-HA-003 Deployments and StatefulSets run at least two replicas |', () => {
  test('passes with spec.replicas of 2 or more', () => {
    expectPass(ID, [replicated(2)]);
    expectPass(ID, [statefulSet(5)]);
  });

  test('fails with spec.replicas 0 or 1, naming the field', () => {
    const [f] = expectFail(ID, [replicated(1)]);
    expect(f.field).toBe('spec.replicas');
    expectFail(ID, [replicated(0)]);
  });

  test('unset replicas fail without an HPA, pass with an HPA of minReplicas 2 or more', () => {
    expectFail(ID, [replicated(undefined)]);
    expectPass(ID, [replicated(undefined), hpa(TARGET, 2)]);
    expectFail(ID, [replicated(undefined), hpa(TARGET, 1)]);
    expectFail(ID, [replicated(undefined), hpa(TARGET, undefined)]);
  });

  test('the HPA must target this object in the same namespace and group', () => {
    expectFail(ID, [replicated(undefined), hpa({ kind: 'Deployment', name: 'other' }, 3)]);
    expectFail(ID, [replicated(undefined), hpa(TARGET, 3, 'elsewhere')]);
    expectFail(ID, [replicated(undefined), hpa({ kind: 'StatefulSet', name: 'web' }, 3)]);
    expectFail(ID, [replicated(undefined), hpa({ ...TARGET, apiVersion: 'example.com/v1' }, 3)]);
    expectPass(ID, [replicated(undefined), hpa({ ...TARGET, apiVersion: 'extensions/v1beta1' }, 3)]);
  });

  test('an explicit spec.replicas of 1 fails even when an HPA targets the object', () => {
    expectFail(ID, [replicated(1), hpa(TARGET, 3)]);
  });

  test('an HPA alone is not evaluated', () => {
    expectNotApplicable(ID, [hpa(TARGET, 3)]);
  });
});
