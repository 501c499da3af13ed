import { hpa, replicated, statefulSet } from '../fixtures/ha';
import { expectFail, expectNotApplicable, expectPass } from '../helpers';

const ID = 'KW-HA-006';
const OWN = { matchLabels: { app: 'web' } };
const HOST = 'kubernetes.io/hostname';

function spreadBy(pod: Record<string, unknown>, replicas: number | undefined = 3): Record<string, any> {
  return replicated(replicas, { pod });
}

/** A Deployment of 3 replicas with one required anti-affinity term on its own pods, plus extra term fields. */
function antiAffinity(extra: Record<string, unknown>): Record<string, any> {
  const term = { topologyKey: HOST, labelSelector: OWN, ...extra };
  return spreadBy({ affinity: { podAntiAffinity: { requiredDuringSchedulingIgnoredDuringExecution: [term] } } });
}

describe('KW-HA-006 replicas are spread across nodes or zones |', () => {
  test('passes with a topologySpreadConstraint on hostname or zone selecting its own pods', () => {
    expectPass(ID, [spreadBy({ topologySpreadConstraints: [{ maxSkew: 1, topologyKey: HOST, whenUnsatisfiable: 'DoNotSchedule', labelSelector: OWN }] })]);
    expectPass(ID, [spreadBy({ topologySpreadConstraints: [{ maxSkew: 1, topologyKey: 'topology.kubernetes.io/zone', whenUnsatisfiable: 'ScheduleAnyway', labelSelector: OWN }] })]);
  });

  test('passes with required or preferred podAntiAffinity on its own pods', () => {
    expectPass(ID, [antiAffinity({})]);
    const preferred = [{ weight: 100, podAffinityTerm: { topologyKey: HOST, labelSelector: OWN, namespaces: ['shop'] } }];
    expectPass(ID, [statefulSet(2, { pod: { affinity: { podAntiAffinity: { preferredDuringSchedulingIgnoredDuringExecution: preferred } } } })]);
  });

  test('fails with neither', () => {
    const [f] = expectFail(ID, [replicated(3)]);
    expect(f.field).toBe('spec.template.spec.topologySpreadConstraints');
  });

  test('fails when the selector does not match its own pods or the key is not hostname or zone', () => {
    expectFail(ID, [spreadBy({ topologySpreadConstraints: [{ maxSkew: 1, topologyKey: HOST, whenUnsatisfiable: 'DoNotSchedule', labelSelector: { matchLabels: { app: 'api' } } }] })]);
    expectFail(ID, [spreadBy({ topologySpreadConstraints: [{ maxSkew: 1, topologyKey: HOST, whenUnsatisfiable: 'DoNotSchedule' }] })]);
    expectFail(ID, [spreadBy({ affinity: { podAntiAffinity: { requiredDuringSchedulingIgnoredDuringExecution: [{ topologyKey: 'kubernetes.io/os', labelSelector: OWN }] } } })]);
  });

  test('affinity terms must include its own namespace', () => {
    expectFail(ID, [antiAffinity({ namespaces: ['other'] })]);
    expectFail(ID, [antiAffinity({ namespaceSelector: { matchLabels: { team: 'shop' } } })]);
    expectPass(ID, [antiAffinity({ namespaces: ['other', 'shop'] })]);
    expectPass(ID, [antiAffinity({ namespaceSelector: {} })]);
  });

  test('workloads below 2 replicas or with an unknown count are out of scope; an HPA fills in unset replicas', () => {
    expectNotApplicable(ID, [replicated(1)]);
    expectNotApplicable(ID, [replicated(undefined)]);
    expectFail(ID, [replicated(undefined), hpa({ kind: 'Deployment', name: 'web' }, 2)]);
  });
});
