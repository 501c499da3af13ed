// The engine's name, label and namespace model against the values it must refuse (shared with the
// constructs' agreement test) and values the API server accepts.
import { isDns1035Label, isDnsLabel, isDnsSubdomain, isLabelKey, isLabelValue } from '../../../lib/policy/model/names';
import { isSharedNamespace } from '../../../lib/policy/model/namespaces';
import { NOT_DNS_1035_LABELS, NOT_DNS_LABELS, NOT_DNS_SUBDOMAINS, NOT_LABEL_KEYS, NOT_LABEL_VALUES, SHARED_NAMESPACES } from '../fixtures/failing-values';

describe('engine model: names and labels |', () => {
  test.each([
    ['isDnsLabel', isDnsLabel, NOT_DNS_LABELS, ['a', 'payments', 'team-1', '0', 'a'.repeat(63)]],
    ['isDns1035Label', isDns1035Label, NOT_DNS_1035_LABELS, ['a', 'api', 'api-v2', 'a'.repeat(63)]],
    ['isDnsSubdomain', isDnsSubdomain, NOT_DNS_SUBDOMAINS, ['a', 'db-creds', 'tls.example.com', `${'a'.repeat(63)}.${'b'.repeat(63)}.${'c'.repeat(63)}.${'d'.repeat(61)}`]],
    ['isLabelValue', isLabelValue, NOT_LABEL_VALUES, ['', 'x', 'payments-team', 'v1.2_3', 'x'.repeat(63)]],
    ['isLabelKey', isLabelKey, NOT_LABEL_KEYS, ['team', 'app.kubernetes.io/name', 'a/B_c.d-e', 'x'.repeat(63), `${'a'.repeat(253)}/x`]],
  ] as const)('%s refuses the failing values and accepts the valid ones', (_name, test, failing, valid) => {
    expect(failing.filter((v) => test(v))).toEqual([]);
    expect(valid.filter((v) => !test(v))).toEqual([]);
    for (const junk of [undefined, null, 42, ['a'], { a: 1 }]) expect(test(junk)).toBe(false);
  });

  test('shared namespaces: default, the catalog\'s system namespaces and the reserved kube- prefix', () => {
    expect(SHARED_NAMESPACES.filter((n) => !isSharedNamespace(n))).toEqual([]);
    expect(['payments', 'kubeward', 'istio-system', 'monitoring'].filter(isSharedNamespace)).toEqual([]);
  });

  test('matching stays linear on long hostile input', () => {
    const start = Date.now();
    for (const s of ['a-'.repeat(50000), `${'a.'.repeat(50000)}-`, `${'a'.repeat(100000)}!`]) {
      isDnsLabel(s);
      isDnsSubdomain(s);
      isLabelKey(`${s}/x`);
      isLabelValue(s);
    }
    expect(Date.now() - start).toBeLessThan(1000);
  });
});
