import { hpa } from '../fixtures/ha';
import { expectFail, expectPass } from '../helpers';

const ID = 'KW-HA-007';
const TARGET = { kind: 'Deployment', name: 'web' };

describe('KW-HA-007 HorizontalPodAutoscalers keep at least two replicas |', () => {
  test('passes with minReplicas of 2 or more', () => {
    expectPass(ID, [hpa(TARGET, 2)]);
  });

  test('fails with minReplicas 1, naming the field', () => {
    const [f] = expectFail(ID, [hpa(TARGET, 1)]);
    expect(f.field).toBe('spec.minReplicas');
  });

  test('fails when minReplicas is unset (the API default is 1), in every autoscaling version', () => {
    const [f] = expectFail(ID, [hpa(TARGET, undefined)]);
    expect(f.message).toMatch(/unset/);
    expectFail(ID, [{ ...hpa(TARGET, undefined), apiVersion: 'autoscaling/v1' }]);
    expectFail(ID, [{ ...hpa(TARGET, 1), apiVersion: 'autoscaling/v2beta2' }]);
  });
});
