import { auditResources, expectCloudFail, expectCloudNotApplicable, expectCloudPass, tcrNamespace } from '../fixtures/clu';
import { statusOf } from '../helpers';

describe('KW-CLU-010 TCR namespaces scan and block vulnerable images |', () => {
  test('passes when pushes are scanned and vulnerable images blocked at a severity', () => {
    for (const severity of ['low', 'medium', 'high']) expectCloudPass('KW-CLU-010', [tcrNamespace({ severity })]);
  });

  test('fails for each of the three settings, naming its field', () => {
    expect(expectCloudFail('KW-CLU-010', [tcrNamespace({ isAutoScan: false })]).map((f) => f.field)).toEqual(['isAutoScan']);
    expect(expectCloudFail('KW-CLU-010', [tcrNamespace({ isPreventVul: undefined })]).map((f) => f.field)).toEqual(['isPreventVul']);
    expect(expectCloudFail('KW-CLU-010', [tcrNamespace({ severity: undefined })]).map((f) => f.field)).toEqual(['severity']);
    expect(expectCloudFail('KW-CLU-010', [tcrNamespace({ severity: 'critical' })]).map((f) => f.field)).toEqual(['severity']);
  });

  test('the provider defaults (both switches off) fail twice plus the missing severity', () => {
    const bare = { type: 'tencentcloud:Tcr/namespace:Namespace', name: 'bare', inputs: { instanceId: 'tcr-1', name: 'bare' } };
    expect(expectCloudFail('KW-CLU-010', [bare]).map((f) => f.field)).toEqual(['isAutoScan', 'isPreventVul', 'severity']);
  });

  test('no namespace, nothing to check', () => {
    expectCloudNotApplicable('KW-CLU-010', []);
  });

  test('suppressible with a reason', () => {
    const report = auditResources([{ ...tcrNamespace({ isPreventVul: false }), suppressions: { 'KW-CLU-010': 'a scratch namespace for base-image experiments' } }]);
    expect(statusOf(report, 'KW-CLU-010')).toBe('suppressed');
  });
});
