import { cidrContains, isAnyAddress, parseCidr } from '../../../lib/policy/model/network-policy';
import { denyEgress, egressRule, ingressRule } from '../fixtures/net';
import { expectFail, expectPass, findingsFor } from '../helpers';

describe('KW-NET-006 egress to 0.0.0.0/0 excludes the metadata range |', () => {
  const anyExcept = (except?: string[]) => egressRule({ to: [{ ipBlock: { cidr: '0.0.0.0/0', ...(except ? { except } : {}) } }], ports: [{ port: 443 }] });

  test('passes when except lists 169.254.0.0/16', () => {
    expectPass('KW-NET-006', [anyExcept(['10.0.0.0/8', '169.254.0.0/16'])]);
  });

  test('passes when except lists a CIDR that contains the range', () => {
    expectPass('KW-NET-006', [anyExcept(['169.254.0.0/15'])]);
    expectPass('KW-NET-006', [anyExcept(['169.0.0.0/8'])]);
    expectPass('KW-NET-006', [anyExcept(['128.0.0.0/1'])]);
  });

  test('fails without except, or with an except that covers only part of the range', () => {
    const [f] = expectFail('KW-NET-006', [anyExcept()]);
    expect(f.field).toBe('spec.egress[0].to[0].ipBlock.except');
    expect(f.message).toContain('169.254.0.0/16');
    expectFail('KW-NET-006', [anyExcept(['169.254.169.254/32'])]);
    expectFail('KW-NET-006', [anyExcept(['169.254.0.0/24', '10.0.0.0/8'])]);
    expectFail('KW-NET-006', [anyExcept(['169.255.0.0/16'])]);
  });

  test('an IPv6 ::/0 block, narrower blocks, policies without ipBlocks and ingress blocks are not concerned', () => {
    expectPass('KW-NET-006', [egressRule({ to: [{ ipBlock: { cidr: '::/0' } }] })]);
    expectPass('KW-NET-006', [egressRule({ to: [{ ipBlock: { cidr: '10.0.0.0/8' } }] })]);
    expectPass('KW-NET-006', [denyEgress('shop')]);
    expectPass('KW-NET-006', [ingressRule({ from: [{ ipBlock: { cidr: '0.0.0.0/0' } }] })]);
  });

  test('each uncovered 0.0.0.0/0 block is reported', () => {
    const np = egressRule({ to: [{ ipBlock: { cidr: '0.0.0.0/0' } }, { ipBlock: { cidr: '0.0.0.0/0', except: ['169.254.0.0/16'] } }, { ipBlock: { cidr: '0.0.0.0/0', except: [] } }] });
    expect(findingsFor('KW-NET-006', [np]).map((f) => f.field)).toEqual(['spec.egress[0].to[0].ipBlock.except', 'spec.egress[0].to[2].ipBlock.except']);
  });
});

describe('CIDR helpers |', () => {
  test('parse IPv4 and IPv6, reject garbage', () => {
    expect(parseCidr('10.0.0.0/8')).toEqual({ family: 4, address: 10n * 2n ** 24n, prefix: 8 });
    expect(parseCidr('::/0')?.family).toBe(6);
    expect(parseCidr('fe80::1/10')?.prefix).toBe(10);
    expect(parseCidr('::ffff:10.0.0.1/128')?.address).toBe(0xffff0a000001n);
    for (const bad of ['10.0.0.0', '10.0.0/8', '256.0.0.0/8', '10.0.0.0/33', '1::2::3/64', 'fe80::/129', 'x/1', '']) expect(parseCidr(bad)).toBeUndefined();
  });

  test('containment is by network bits and family', () => {
    expect(cidrContains('169.254.0.0/16', '169.254.0.0/16')).toBe(true);
    expect(cidrContains('169.254.0.0/16', '169.254.169.254/32')).toBe(true);
    expect(cidrContains('169.254.0.0/24', '169.254.0.0/16')).toBe(false);
    expect(cidrContains('0.0.0.0/0', '169.254.0.0/16')).toBe(true);
    expect(cidrContains('::/0', '169.254.0.0/16')).toBe(false);
    expect(cidrContains('fe80::/10', 'fe80::1/128')).toBe(true);
  });

  test('any-address CIDRs are those with prefix 0', () => {
    expect(isAnyAddress('0.0.0.0/0')).toBe(true);
    expect(isAnyAddress('::/0')).toBe(true);
    expect(isAnyAddress('0.0.0.0/1')).toBe(false);
    expect(isAnyAddress('nonsense')).toBe(false);
  });
});
