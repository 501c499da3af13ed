// Property tests: any valid props give schema-valid, compliant output; any invalid props give a
// KubewardError, never a TypeError or a half-built tenant.
import fc from 'fast-check';
import { PROXY_IMAGE, TENANT_CONTROLS, expectCompliant, paymentsProps, testApp } from './fixtures';
import { KubewardError } from '../../lib/core/errors';
import { SecureTenant, SecureTenantProps } from '../../lib/tenancy';
import { propertyOptions, propertyTimeout } from '../support/property-runs';
import { validateObject } from '../support/schemas';

const label = fc.stringMatching(/^[a-z][a-z0-9-]{0,20}[a-z0-9]$/).filter((s) => !s.startsWith('kube-'));
const cpu = fc.oneof(fc.integer({ min: 1, max: 500 }).map(String), fc.integer({ min: 1000, max: 900000 }).map((n) => `${n}m`));
const memory = fc.oneof(fc.integer({ min: 1, max: 4096 }).map((n) => `${n}Gi`), fc.integer({ min: 1024, max: 900000 }).map((n) => `${n}Mi`));
const subject = fc.oneof(
  label.map((n) => `group:${n}`),
  label.map((n) => `user:${n}@example.com`),
);
const cronField = (min: number, max: number) => fc.oneof(fc.constant('*'), fc.integer({ min, max }).map(String), fc.integer({ min: 1, max }).map((s) => `*/${s}`));
const cron = fc.tuple(cronField(0, 59), cronField(0, 23), cronField(1, 28), cronField(1, 12), cronField(0, 6)).map((f) => f.join(' '));
const reason = fc.constantFrom('cluster has no Istio installed yet', 'stateless workloads only, nothing to restore');

const validProps = fc.record({
  namespace: label,
  cpu,
  memory,
  pods: fc.integer({ min: 1, max: 5000 }),
  admins: fc.uniqueArray(subject, { maxLength: 3 }),
  developers: fc.uniqueArray(subject, { maxLength: 3 }),
  registries: fc.uniqueArray(fc.constantFrom('ccr.ccs.tencentyun.com/team', 'team.tencentcloudcr.com', 'registry.example.com:5000/a/b'), { minLength: 1, maxLength: 3 }),
  mesh: fc.boolean(),
  intra: fc.boolean(),
  v1beta1: fc.boolean(),
  schedule: cron,
  ttlHours: fc.integer({ min: 1, max: 9000 }),
  withTopic: fc.boolean(),
  backup: fc.boolean(),
  reason,
}).map((r): SecureTenantProps => ({
  namespace: r.namespace,
  quota: { cpu: r.cpu, memory: r.memory, pods: r.pods },
  admins: r.admins,
  developers: r.developers,
  trustedRegistries: r.registries,
  network: { allowIntraTenant: r.intra },
  // The sidecar's limits must fit the smallest generated quota (1 CPU), or the LimitRange would refuse it.
  mesh: r.mesh ? { proxyImage: PROXY_IMAGE, proxyResources: { cpuLimit: '500m', memoryLimit: '512Mi' } } : { enabled: false as const, reason: r.reason },
  imagePolicy: { admissionApiVersion: r.v1beta1 ? 'v1beta1' : 'v1' },
  backup: r.backup ? { schedule: r.schedule, ttl: `${r.ttlHours}h0m0s` } : { enabled: false as const, reason: r.reason },
  ...(r.withTopic ? { logging: { topicId: '0f8e4b3a-1c2d-4e5f-8a9b-0c1d2e3f4a5b' } } : {}),
}));

describe('SecureTenant properties |', () => {
  test('valid props: schema-valid, compliant output', () => {
    fc.assert(fc.property(validProps, (props) => {
      const tenant = new SecureTenant(testApp(), 'tenant', props);
      const objects = tenant.toJson();
      const problems = objects.flatMap((o: any) => validateObject(o, { requireNamespace: true }).map((e) => `${o.kind}/${o.metadata.name}: ${e}`));
      expect(problems).toEqual([]);
      // Binding controls only apply when some role has subjects; MESH controls only with the mesh.
      const bindingControls = ['KW-RBAC-001', 'KW-RBAC-011', 'KW-RBAC-012', 'KW-RBAC-014'];
      const hasBindings = objects.some((o: any) => o.kind === 'RoleBinding');
      expectCompliant(objects, TENANT_CONTROLS.filter((id) => (tenant.meshEnabled || !id.startsWith('KW-MESH-')) && (hasBindings || !bindingControls.includes(id))),
        props.imagePolicy && 'admissionApiVersion' in props.imagePolicy && props.imagePolicy.admissionApiVersion === 'v1beta1' ? ['KW-AUD-003'] : []);
    }), propertyOptions(40));
  }, propertyTimeout(40));

  // Replace one prop (possibly nested) with a value of the wrong type or shape.
  const junk = fc.oneof(
    fc.constant(null), fc.constant(42), fc.constant(-1), fc.constant(''), fc.constant('??'), fc.constant([]), fc.constant({}),
    fc.constant(true), fc.constant([null]), fc.constant({ enabled: false }), fc.constant('1e999'), fc.constant(Number.NaN),
  );
  const slot = fc.constantFrom(
    'namespace', 'owner', 'quota', 'quota.cpu', 'quota.memory', 'quota.pods', 'quota.limitsCpu', 'quota.services', 'quota.storage', 'limits', 'limits.max',
    'limits.max.cpu', 'limits.defaultRequest', 'admins', 'developers', 'viewers', 'trustedRegistries', 'podSecurity', 'podSecurity.version',
    'network', 'network.defaultDenyIngress', 'network.allowIntraTenant', 'mesh', 'mesh.apiVersion', 'mesh.controlPlaneLabels', 'mesh.proxyImage', 'mesh.provider', 'mesh.cni', 'mesh.proxyResources', 'mesh.proxyResources.cpu', 'mesh.trustDomain', 'mesh.controlPlaneCidr', 'backup', 'backup.schedule',
    'backup.ttl', 'backup.storageLocation', 'logging', 'logging.topicId', 'logging.retentionDays', 'alerting', 'alerting.ruleLabels', 'alerting.runbookBaseUrl',
    'imagePolicy', 'imagePolicy.admissionApiVersion', 'imagePolicy.signatureVerification',
  );

  test('invalid props: always a KubewardError, and the app stays empty', () => {
    fc.assert(fc.property(slot, junk, (where, value) => {
      const props: any = JSON.parse(JSON.stringify(paymentsProps({ limits: { max: { cpu: '2' }, defaultRequest: { cpu: '100m' } }, backup: {}, logging: {}, alerting: {}, mesh: { proxyImage: PROXY_IMAGE }, imagePolicy: {} })));
      const keys = where.split('.');
      let target = props;
      for (const k of keys.slice(0, -1)) target = target[k] = target[k] ?? {};
      target[keys[keys.length - 1]] = value;
      // A few junk values are valid for a few slots (an empty list of admins, {} as options):
      // then the tenant must simply build.
      const app = testApp();
      let error: unknown;
      try {
        new SecureTenant(app, 'payments', props);
      } catch (e) {
        error = e;
      }
      if (error === undefined) return;
      expect(error).toBeInstanceOf(KubewardError);
      expect(app.node.children).toHaveLength(0);
    }), propertyOptions(300));
  }, propertyTimeout(300));

  test('invalid props that are certainly invalid are refused', () => {
    for (const bad of [{ quota: null }, { trustedRegistries: 'ccr.ccs.tencentyun.com' }, { admins: 'group:x' }, { mesh: 'off' }, { backup: { schedule: 5 } }, { logging: { topicId: 'abc' } }]) {
      expect(() => new SecureTenant(testApp(), 'payments', { ...paymentsProps(), ...bad } as any)).toThrow(KubewardError);
    }
  });
});
