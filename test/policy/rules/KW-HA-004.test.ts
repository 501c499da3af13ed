import { hpa, pdb, replicated, statefulSet } from '../fixtures/ha';
import { expectFail, expectNotApplicable, expectPass } from '../helpers';

const ID = 'KW-HA-004';
const BUDGET = { maxUnavailable: 1, selector: { matchLabels: { app: 'web' } } };

describe('KW-HA-004 replicated workloads are covered by a PodDisruptionBudget |', () => {
  test('passes when a PDB in the namespace selects the pod template labels', () => {
    expectPass(ID, [replicated(3), pdb(BUDGET)]);
    expectPass(ID, [statefulSet(2), pdb({ maxUnavailable: 1, selector: { matchExpressions: [{ key: 'app', operator: 'In', values: ['web'] }] } })]);
  });

  test('fails without a PDB, or with one in another namespace or selecting other pods', () => {
    const [f] = expectFail(ID, [replicated(3)]);
    expect(f.message).toMatch(/PodDisruptionBudget/);
    expectFail(ID, [replicated(3), pdb(BUDGET, { namespace: 'other' })]);
    expectFail(ID, [replicated(3), pdb({ maxUnavailable: 1, selector: { matchLabels: { app: 'api' } } })]);
  });

  test('an empty selector covers every pod in policy/v1 and none in policy/v1beta1', () => {
    expectPass(ID, [replicated(3), pdb({ maxUnavailable: 1, selector: {} })]);
    expectFail(ID, [replicated(3), pdb({ maxUnavailable: 1, selector: {} }, { apiVersion: 'policy/v1beta1' })]);
    expectFail(ID, [replicated(3), pdb({ maxUnavailable: 1 })]);
  });

  test('workloads below 2 replicas, or with an unknown count, are out of scope', () => {
    expectNotApplicable(ID, [replicated(1)]);
    expectNotApplicable(ID, [replicated(undefined)]);
  });

  test('with spec.replicas unset, an HPA minReplicas decides the count', () => {
    expectFail(ID, [replicated(undefined), hpa({ kind: 'Deployment', name: 'web' }, 2)]);
    expectNotApplicable(ID, [replicated(undefined), hpa({ kind: 'Deployment', name: 'web' }, undefined)]);
  });
});
