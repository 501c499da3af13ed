// The constructs check credentials, names, labels and namespaces with the engine's own model
// (lib/policy/model), so "passes by construction" cannot drift from what the engine checks. This
// suite feeds the engine's own failing fixture values (test/policy/fixtures/failing-values.ts,
// which the engine's tests assert it refuses) to every construct prop that takes such a value,
// and checks with random input that the constructs and the engine draw the same line.
import { Chart, Testing } from 'cdk8s';
import fc from 'fast-check';
import { StubTenant, imageOf } from './support/stub-tenant';
import { KubewardError } from '../../lib/core/errors';
import { TenantPeer } from '../../lib/network';
import { isDns1035Label, isDnsLabel, isLabelKey, isLabelValue } from '../../lib/policy/model/names';
import { isSharedNamespace } from '../../lib/policy/model/namespaces';
import { SecureTenant } from '../../lib/tenancy';
import { HardenedCronJob, HardenedDeployment, HardenedStatefulSet } from '../../lib/workloads';
import { CREDENTIAL_ENV, NOT_DNS_1035_LABELS, NOT_DNS_LABELS, NOT_DNS_SUBDOMAINS, NOT_LABEL_KEYS, NOT_LABEL_VALUES, SHARED_NAMESPACES } from '../policy/fixtures/failing-values';
import { withEnv } from '../policy/fixtures/pod';
import { findingsFor } from '../policy/helpers';
import { paymentsProps } from '../tenancy/fixtures';

const IMAGE = imageOf('payments');
const RES = { cpu: '250m', memory: '256Mi' };

/** The KubewardError a construction throws, or undefined when it succeeds. */
function errorOf(fn: () => unknown): KubewardError | undefined {
  try {
    fn();
  } catch (e) {
    if (e instanceof KubewardError) return e;
    throw e;
  }
  return undefined;
}

const inTenant = (props: Record<string, unknown>) => new HardenedDeployment(new StubTenant(Testing.app(), 'payments'), 'api', { image: IMAGE, port: 8080, resources: RES, ...props } as never);
const outside = (props: Record<string, unknown>) => new HardenedDeployment(new Chart(Testing.app(), 'plain'), 'api', {
  image: IMAGE, port: 8080, resources: RES, namespace: 'payments', trustedRegistries: ['ccr.ccs.tencentyun.com/payments'], ...props,
} as never);
const statefulSet = (props: Record<string, unknown>) => new HardenedStatefulSet(new StubTenant(Testing.app(), 'payments'), 'db', { image: IMAGE, port: 5432, resources: RES, ...props } as never);
const tenant = (props: Record<string, unknown>) => new SecureTenant(Testing.app(), 'payments', { ...paymentsProps(), ...props } as never);

/** Construct props that take a value of each kind, with the prop the error must name. */
interface Target {
  readonly values: readonly string[];
  readonly what: string;
  readonly cases: ReadonlyArray<[string, (v: string) => unknown, string]>;
}

const TARGETS: readonly Target[] = [
  {
    values: NOT_DNS_LABELS,
    what: 'RFC 1123 labels',
    cases: [
      ['SecureTenant namespace', (v) => tenant({ namespace: v }), 'namespace'],
      ['workload namespace outside a tenant', (v) => outside({ namespace: v }), 'namespace'],
      ['TenantPeer.namespace name', (v) => TenantPeer.namespace(v), 'name'],
      ['StatefulSet volume name', (v) => statefulSet({ volumes: [{ name: v, mountPath: '/data', size: '1Gi' }] }), 'volumes[0].name'],
      ['backup.veleroNamespace', (v) => tenant({ backup: { veleroNamespace: v } }), 'backup.veleroNamespace'],
      ['restoreDrill targetNamespace', (v) => tenant({}).restoreDrill({ targetNamespace: v }), 'restoreDrill.targetNamespace'],
    ],
  },
  {
    values: NOT_DNS_1035_LABELS,
    what: 'RFC 1035 labels',
    cases: [['workload name', (v) => inTenant({ name: v }), 'name']],
  },
  {
    values: NOT_DNS_SUBDOMAINS,
    what: 'RFC 1123 subdomains',
    cases: [
      ['secret mount Secret name', (v) => inTenant({ secretMounts: [{ secretName: v, mountPath: '/etc/db' }] }), 'secretMounts[0].secretName'],
      ['StatefulSet storageClassName', (v) => statefulSet({ volumes: [{ name: 'data', mountPath: '/data', size: '1Gi', storageClassName: v }] }), 'volumes[0].storageClassName'],
      ['backup.storageLocation', (v) => tenant({ backup: { storageLocation: v } }), 'backup.storageLocation'],
      ['restoreDrill name', (v) => tenant({}).restoreDrill({ name: v }), 'restoreDrill.name'],
    ],
  },
  {
    values: NOT_LABEL_VALUES,
    what: 'label values',
    cases: [
      ['SecureTenant owner', (v) => tenant({ owner: v }), 'owner'],
      ['workload owner', (v) => inTenant({ owner: v }), 'owner'],
      ['workload label value', (v) => inTenant({ labels: { team: v } }), 'labels.team'],
      ['peer pod label value', (v) => TenantPeer.namespace('legacy', { podLabels: { app: v } }), 'podLabels.app'],
      ['alert rule label value', (v) => tenant({ alerting: { ruleLabels: { release: v } } }), 'alerting.ruleLabels.release'],
    ],
  },
  {
    values: NOT_LABEL_KEYS,
    what: 'label keys',
    cases: [
      ['workload label key', (v) => inTenant({ labels: { [v]: 'x' } }), 'labels.'],
      ['peer pod label key', (v) => TenantPeer.namespace('legacy', { podLabels: { [v]: 'x' } }), 'podLabels.'],
      ['alert rule label key', (v) => tenant({ alerting: { ruleLabels: { [v]: 'x' } } }), 'alerting.ruleLabels.'],
    ],
  },
  {
    values: SHARED_NAMESPACES,
    what: 'shared namespaces',
    cases: [
      ['SecureTenant namespace', (v) => tenant({ namespace: v }), 'namespace'],
      ['workload namespace outside a tenant', (v) => outside({ namespace: v }), 'namespace'],
    ],
  },
];

describe('constructs refuse what the engine refuses |', () => {
  test.each(CREDENTIAL_ENV.map((e) => [`${e.name}=${JSON.stringify(e.value).slice(0, 40)}`, e] as const))('env %s: flagged by KW-POD-025 and refused by every workload kind', (_shown, e) => {
    expect(findingsFor('KW-POD-025', [withEnv([{ name: e.name, value: e.value }])])).not.toEqual([]);
    const env = { [e.name]: e.value };
    const kinds = [
      () => inTenant({ env }),
      () => statefulSet({ env }),
      () => new HardenedCronJob(new StubTenant(Testing.app(), 'payments'), 'job', { image: IMAGE, resources: RES, schedule: '@daily', env }),
    ];
    for (const make of kinds) {
      const err = errorOf(make);
      expect([err?.prop, err?.message]).toEqual([`env.${e.name}`, expect.stringContaining('(KW-POD-025)')]);
    }
  });

  for (const target of TARGETS) {
    test.each(target.cases.map(([name, make, prop]) => [name, make, prop] as const))(`every failing fixture value of the ${target.what} is refused: %s`, (_name, make, prop) => {
      const accepted = target.values.filter((v) => {
        const err = errorOf(() => make(v));
        if (err !== undefined) expect(err.prop.startsWith(prop)).toBe(true);
        return err === undefined;
      });
      expect(accepted).toEqual([]);
    });
  }
});

describe('constructs and the engine draw the same line on random input |', () => {
  const envName = fc.array(fc.constantFrom('DB', 'db', '_', 'PASSWORD', 'Pass', 'word', 'Secret', 'TOKEN', 'key', 'KEY', 'API', 'LOG', 'LEVEL', 'CREDENTIAL', 'x'), { minLength: 1, maxLength: 4 })
    .map((parts) => parts.join('')).filter((n) => /^[A-Za-z_]/.test(n));
  const envValue = fc.oneof(
    fc.array(fc.constantFrom('-----', 'BEGIN', 'Begin', ' ', '\t', '  ', 'RSA', 'Rsa', 'EC', 'OPENSSH', 'PRIVATE', 'private', 'KEY', 'key', '\n', 'x', '/', 'etc'), { maxLength: 8 }).map((p) => p.join('')),
    fc.string({ maxLength: 30 }),
  );

  test('an env entry is refused by the construct exactly when KW-POD-025 flags it', () => {
    fc.assert(fc.property(envName, envValue, (name, value) => {
      const flagged = findingsFor('KW-POD-025', [withEnv([{ name, value }])]).length > 0;
      const err = errorOf(() => inTenant({ env: { [name]: value } }));
      expect([name, value, err?.message.includes('KW-POD-025') ?? false]).toEqual([name, value, flagged]);
    }), { numRuns: 300, seed: 42 });
  });

  const nameish = fc.string({ unit: fc.constantFrom('a', 'z', '0', '9', '-', '.', '_', 'A', ' ', '/', 'k', 'u', 'b', 'e'), maxLength: 70 });

  test('a namespace is accepted exactly when the engine calls it an RFC 1123 label that no one shares', () => {
    fc.assert(fc.property(fc.oneof(nameish, fc.constantFrom(...SHARED_NAMESPACES, 'kube-x', 'a'.repeat(63), 'a'.repeat(64))), (ns) => {
      const ok = errorOf(() => outside({ namespace: ns })) === undefined;
      expect([ns, ok]).toEqual([ns, isDnsLabel(ns) && !isSharedNamespace(ns)]);
    }), { numRuns: 300, seed: 42 });
  });

  test('a workload name is accepted exactly when the engine calls it an RFC 1035 label', () => {
    fc.assert(fc.property(nameish, (name) => {
      const ok = errorOf(() => inTenant({ name })) === undefined;
      expect([name, ok]).toEqual([name, isDns1035Label(name)]);
    }), { numRuns: 300, seed: 42 });
  });

  test('an extra label is accepted exactly when the engine calls key and value valid', () => {
    fc.assert(fc.property(nameish, nameish, (key, value) => {
      fc.pre(!['app.kubernetes.io/name', 'owner', 'app.kubernetes.io/part-of', 'app.kubernetes.io/managed-by', 'kubeward.dev/workload', 'kubeward.dev/tenant'].includes(key));
      const ok = errorOf(() => inTenant({ labels: { [key]: value } })) === undefined;
      expect([key, value, ok]).toEqual([key, value, isLabelKey(key) && isLabelValue(value)]);
    }), { numRuns: 300, seed: 42 });
  });
});
