import { hpa, pdb, replicated } from '../fixtures/ha';
import { expectFail, expectNotApplicable, expectPass } from '../helpers';

const ID = 'KW-HA-005';
const SELECTOR = { matchLabels: { app: 'web' } };

describe('KW-HA-005 PodDisruptionBudgets leave room for voluntary evictions |', () => {
  test('passes with maxUnavailable 1, a percentage below 100%, or an integer minAvailable below the replicas', () => {
    expectPass(ID, [pdb({ maxUnavailable: 1, selector: SELECTOR })]);
    expectPass(ID, [pdb({ minAvailable: '50%', selector: SELECTOR })]);
    expectPass(ID, [replicated(3), pdb({ minAvailable: 2, selector: SELECTOR })]);
  });

  test('fails when neither field is set', () => {
    const [f] = expectFail(ID, [pdb({ selector: SELECTOR })]);
    expect(f.message).toMatch(/neither/);
  });

  test('fails when both fields are set', () => {
    expectFail(ID, [pdb({ minAvailable: 1, maxUnavailable: 1, selector: SELECTOR })]);
  });

  test('fails on maxUnavailable 0 or "0%", naming the field', () => {
    const [f] = expectFail(ID, [pdb({ maxUnavailable: 0, selector: SELECTOR })]);
    expect(f.field).toBe('spec.maxUnavailable');
    expectFail(ID, [pdb({ maxUnavailable: '0%', selector: SELECTOR })]);
  });

  test('fails on a minAvailable percentage of 100% or more', () => {
    expectFail(ID, [pdb({ minAvailable: '100%', selector: SELECTOR })]);
    expectFail(ID, [pdb({ minAvailable: '150%', selector: SELECTOR })]);
  });

  test('fails when an integer minAvailable reaches the replica count of a selected workload', () => {
    const [f] = expectFail(ID, [replicated(3), pdb({ minAvailable: 3, selector: SELECTOR })]);
    expect(f.field).toBe('spec.minAvailable');
    expect(f.message).toMatch(/Deployment web/);
    expectFail(ID, [{ ...replicated(2), kind: 'ReplicaSet' }, pdb({ minAvailable: 2, selector: SELECTOR })]);
  });

  test('an HPA minReplicas replaces spec.replicas, 1 when unset', () => {
    const target = { kind: 'Deployment', name: 'web' };
    expectFail(ID, [replicated(5), hpa(target, 2), pdb({ minAvailable: 2, selector: SELECTOR })]);
    expectFail(ID, [replicated(5), hpa(target, undefined), pdb({ minAvailable: 1, selector: SELECTOR })]);
    expectPass(ID, [replicated(undefined), hpa(target, 4), pdb({ minAvailable: 3, selector: SELECTOR })]);
  });

  test('workloads it does not select, in other namespaces, or without a known count are ignored', () => {
    expectPass(ID, [replicated(1), pdb({ minAvailable: 2, selector: { matchLabels: { app: 'api' } } })]);
    expectPass(ID, [replicated(1), pdb({ minAvailable: 2, selector: SELECTOR }, { namespace: 'other' })]);
    expectPass(ID, [replicated(undefined), pdb({ minAvailable: 5, selector: SELECTOR })]);
  });

  test('only PodDisruptionBudgets are evaluated', () => {
    expectNotApplicable(ID, [replicated(1)]);
  });
});
