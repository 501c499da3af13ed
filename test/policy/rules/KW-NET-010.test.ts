import { service } from '../fixtures/net';
import { expectFail, expectPass } from '../helpers';

describe('KW-NET-010 Services do not set externalIPs |', () => {
  test('passes when externalIPs is absent or empty', () => {
    expectPass('KW-NET-010', [service({})]);
    expectPass('KW-NET-010', [service({ externalIPs: [] })]);
  });

  test('fails when externalIPs lists an address', () => {
    const [f] = expectFail('KW-NET-010', [service({ externalIPs: ['203.0.113.10'] })]);
    expect(f.field).toBe('spec.externalIPs');
    expect(f.message).toContain('203.0.113.10');
  });
});
