import { audit } from '../../../lib/policy';
import { secret } from '../fixtures/aud';
import { expectFail, expectNotApplicable, expectPass, statusOf } from '../helpers';

const ID = 'KW-AUD-005';

describe('KW-AUD-005 secret values are not committed in manifests |', () => {
  test('passes when data and stringData are absent or empty', () => {
    expectPass(ID, [secret()]);
    expectPass(ID, [secret({ data: {}, stringData: {} })]);
  });

  test('fails on data, naming the field and the keys', () => {
    const [f] = expectFail(ID, [secret({ data: { password: 'aHVudGVyMg==' } })]);
    expect(f.field).toBe('data');
    expect(f.message).toMatch(/password/);
  });

  test('fails on stringData, once per field', () => {
    const found = expectFail(ID, [secret({ data: { a: 'eA==' }, stringData: { b: 'y' } })]);
    expect(found.map((f) => f.field)).toEqual(['data', 'stringData']);
  });

  test('can be suppressed with a reason', () => {
    const s = secret({ stringData: { 'ca.crt': 'public certificate' } });
    s.metadata.annotations = { 'kubeward.dev/suppress': 'KW-AUD-005: public CA bundle, not a secret value' };
    const report = audit([s]);
    expect(statusOf(report, ID)).toBe('suppressed');
    expect(report.findings.filter((f) => f.controlId === ID).map((f) => f.suppressed?.reason)).toEqual(['public CA bundle, not a secret value']);
  });

  test('other kinds are out of scope', () => {
    expectNotApplicable(ID, [{ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'c', namespace: 'shop' }, data: { a: 'b' } }]);
  });
});
