import { service } from '../fixtures/net';
import { expectFail, expectPass } from '../helpers';

const SUBNET = 'service.kubernetes.io/qcloud-loadbalancer-internal-subnetid';

describe('KW-NET-008 LoadBalancer Services are internal or source-restricted |', () => {
  test('passes on a private CLB (TKE internal subnet annotation)', () => {
    expectPass('KW-NET-008', [service({ type: 'LoadBalancer' }, { [SUBNET]: 'subnet-abc123' })]);
  });

  test('passes on source ranges without 0.0.0.0/0 or ::/0', () => {
    expectPass('KW-NET-008', [service({ type: 'LoadBalancer', loadBalancerSourceRanges: ['203.0.113.0/24', '2001:db8::/32'] })]);
  });

  test('fails on a public CLB without source ranges', () => {
    const [f] = expectFail('KW-NET-008', [service({ type: 'LoadBalancer' })]);
    expect(f.field).toBe('spec.type');
    expectFail('KW-NET-008', [service({ type: 'LoadBalancer', loadBalancerSourceRanges: [] })]);
  });

  test('an empty or blank annotation does not make the CLB private', () => {
    expectFail('KW-NET-008', [service({ type: 'LoadBalancer' }, { [SUBNET]: '' })]);
    expectFail('KW-NET-008', [service({ type: 'LoadBalancer' }, { [SUBNET]: '  ' })]);
  });

  test('source ranges containing 0.0.0.0/0 or ::/0 fail', () => {
    const [f] = expectFail('KW-NET-008', [service({ type: 'LoadBalancer', loadBalancerSourceRanges: ['203.0.113.0/24', '0.0.0.0/0'] })]);
    expect(f.field).toBe('spec.loadBalancerSourceRanges');
    expectFail('KW-NET-008', [service({ type: 'LoadBalancer', loadBalancerSourceRanges: ['::/0'] })]);
  });

  test('Services of other types are in scope and pass', () => {
    expectPass('KW-NET-008', [service({}), service({ type: 'NodePort' })]);
  });
});
