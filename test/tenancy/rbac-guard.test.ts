// Issue 10, defect 8: a tenant admin may create RoleBindings in the tenant (tenant-admin writes
// rolebindings), so what SecureTenant refuses for its own subjects must also be refused in the
// cluster. The guard is a ValidatingAdmissionPolicy; its CEL is evaluated here with @bufbuild/cel
// on the exact expressions shipped, over allowed and refused bindings, and checked against the
// construct's own subject rule (lib/tenancy/subjects.ts) so the two never disagree.
import { Testing } from 'cdk8s';
import { TENANT_CONTROLS, find, paymentsProps, synthTenant } from './fixtures';
import { audit } from '../../lib/policy';
import { SecureTenant } from '../../lib/tenancy';
import { subjectProblem } from '../../lib/tenancy/subjects';
import { admit } from '../support/cel';
import { expectSchemaValid } from '../support/schemas';

type Subject = { kind: string; name: string; namespace?: string; apiGroup?: string };

function binding(subjects: Subject[], namespace = 'payments'): Record<string, unknown> {
  return {
    apiVersion: 'rbac.authorization.k8s.io/v1',
    kind: 'RoleBinding',
    metadata: { name: 'b', namespace },
    roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'Role', name: 'tenant-admin' },
    subjects,
  };
}

// The guard does not depend on the mesh; without it the test needs no mesh settings.
const NO_MESH = { mesh: { enabled: false as const, reason: 'the RoleBinding guard does not depend on the mesh' } };
const props = (o: Parameters<typeof paymentsProps>[0] = {}) => paymentsProps({ ...NO_MESH, ...o });

const user = (name: string): Subject => ({ kind: 'User', apiGroup: 'rbac.authorization.k8s.io', name });
const group = (name: string): Subject => ({ kind: 'Group', apiGroup: 'rbac.authorization.k8s.io', name });
const sa = (name: string, namespace?: string): Subject => ({ kind: 'ServiceAccount', name, ...(namespace !== undefined ? { namespace } : {}) });

/** Subjects a tenant admin may bind in `payments`. */
const ALLOWED: Subject[] = [
  user('alice@example.com'),
  group('payments-devs'),
  sa('ci-deployer', 'payments'),
  // A RoleBinding's ServiceAccount subject without a namespace means the binding's own namespace.
  sa('ci-deployer'),
  sa('ci-deployer', ''),
  // The user spelling of an own ServiceAccount.
  user('system:serviceaccount:payments:ci-deployer'),
  // Look-alikes that are ordinary names (names are case-sensitive in RBAC).
  group('System:Authenticated'),
  group('system:authenticated-admins'),
  user('system:anonymous2'),
];

/** Subjects the guard must refuse in `payments`, with what the denial names. */
const REFUSED: Array<[Subject, RegExp]> = [
  [group('system:authenticated'), /everyone|KW-RBAC-012/],
  [group('system:unauthenticated'), /KW-RBAC-012/],
  [user('system:anonymous'), /KW-RBAC-012/],
  [group('system:masters'), /KW-RBAC-011/],
  [sa('deployer', 'orders'), /KW-RBAC-014/],
  [user('system:serviceaccount:orders:deployer'), /KW-RBAC-014/],
  [user('system:serviceaccount:payments-evil:deployer'), /KW-RBAC-014/],
  [group('system:serviceaccounts'), /KW-RBAC-014/],
  [group('system:serviceaccounts:orders'), /KW-RBAC-014/],
  [group('system:serviceaccounts:kube-system'), /KW-RBAC-014/],
  [group('system:serviceaccounts:'), /KW-RBAC-014/],
  [user('system:serviceaccount:kube-system:ci'), /KW-RBAC-014/],
  [user('system:serviceaccount:payments'), /KW-RBAC-014/],
  [sa('ci', 'kube-system'), /KW-RBAC-014/],
  [sa('default', 'payments'), /KW-RBAC-009/],
  [sa('default'), /KW-RBAC-009/],
  [user('system:serviceaccount:payments:default'), /KW-RBAC-009/],
  // Every ServiceAccount of the namespace, default included.
  [group('system:serviceaccounts:payments'), /KW-RBAC-009/],
];

describe('RoleBinding guard of a tenant |', () => {
  const { objects } = synthTenant(props());
  const policy = find(objects, 'ValidatingAdmissionPolicy', 'kubeward-rolebindings-payments');
  const policyBinding = find(objects, 'ValidatingAdmissionPolicyBinding', 'kubeward-rolebindings-payments');

  test('the policy watches RoleBinding writes, fails closed, and is bound to the tenant namespace with Deny', () => {
    expect(policy.apiVersion).toBe('admissionregistration.k8s.io/v1');
    expect(policy.spec.failurePolicy).toBe('Fail');
    expect(policy.spec.matchConstraints.resourceRules).toEqual([{
      apiGroups: ['rbac.authorization.k8s.io'], apiVersions: ['v1'], operations: ['CREATE', 'UPDATE'], resources: ['rolebindings'],
    }]);
    expect(policyBinding.spec).toEqual({
      policyName: 'kubeward-rolebindings-payments',
      validationActions: ['Deny'],
      matchResources: { namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'payments' } } },
    });
  });

  test('the tenant\'s own bindings pass its guard', () => {
    for (const rb of objects.filter((o) => o.kind === 'RoleBinding')) {
      expect(admit(policy, rb)).toEqual({ allowed: true, denials: [] });
    }
  });

  test.each(ALLOWED.map((s) => [`${s.kind} ${s.name}${s.namespace !== undefined ? ` (ns ${JSON.stringify(s.namespace)})` : ''}`, s] as const))(
    'admits %s', (_label, s) => {
      expect(admit(policy, binding([group('payments-admins'), s]))).toEqual({ allowed: true, denials: [] });
    });

  test.each(REFUSED.map(([s, why]) => [`${s.kind} ${s.name}${s.namespace !== undefined ? ` (ns ${s.namespace})` : ''}`, s, why] as const))(
    'refuses %s, even beside an allowed subject', (_label, s, why) => {
      const out = admit(policy, binding([group('payments-admins'), s]));
      expect(out.allowed).toBe(false);
      expect(out.denials.join('\n')).toMatch(why);
    });

  test('a binding without subjects is admitted (it grants nothing)', () => {
    const rb = binding([]);
    delete (rb as Record<string, unknown>).subjects;
    expect(admit(policy, rb).allowed).toBe(true);
  });

  test('the guard and SecureTenant\'s subject rule agree on every subject', () => {
    for (const s of [...ALLOWED, ...REFUSED.map(([x]) => x)]) {
      const refusedByGuard = !admit(policy, binding([s])).allowed;
      const refusedByConstruct = subjectProblem(s, 'payments') !== undefined;
      expect({ subject: s, refused: refusedByGuard }).toEqual({ subject: s, refused: refusedByConstruct });
    }
  });

  test('SecureTenant refuses the same identities in its own props, the ServiceAccount user spelling included', () => {
    // Every subject the guard refuses, in the props' string spelling: the two refuse the same set.
    const spelled = REFUSED.map(([s]) => (s.kind === 'ServiceAccount' ? `serviceaccount:${s.namespace ?? 'payments'}/${s.name}` : `${s.kind.toLowerCase()}:${s.name}`));
    for (const subject of spelled) {
      expect(() => new SecureTenant(Testing.app(), 'payments', props({ admins: [subject] }))).toThrow(/cannot be granted a tenant role|not to this tenant|default ServiceAccount/);
    }
    expect(() => new SecureTenant(Testing.app(), 'payments', props({ admins: ['user:system:serviceaccount:payments:ci-deployer'] }))).not.toThrow();
  });

  test('the guard objects are schema-valid, and the tenant with them still passes the catalog', () => {
    expectSchemaValid([policy, policyBinding]);
    const report = audit(objects);
    expect(report.errors).toEqual([]);
    expect(report.findings.filter((f) => !f.suppressed).map((f) => `${f.controlId} ${f.object.kind}/${f.object.name}`)).toEqual([]);
    const rbac = TENANT_CONTROLS.filter((id) => id.startsWith('KW-RBAC-'));
    expect(report.controls.filter((c) => rbac.includes(c.id)).map((c) => [c.id, c.status])).toEqual(rbac.map((id) => [id, 'pass']));
  });

  test('on a 1.28/1.29 tenant (imagePolicy.admissionApiVersion v1beta1) the guard is v1beta1 too', () => {
    const { objects: old } = synthTenant(props({ imagePolicy: { admissionApiVersion: 'v1beta1' } }));
    expect(find(old, 'ValidatingAdmissionPolicy', 'kubeward-rolebindings-payments').apiVersion).toBe('admissionregistration.k8s.io/v1beta1');
    expect(find(old, 'ValidatingAdmissionPolicyBinding', 'kubeward-rolebindings-payments').apiVersion).toBe('admissionregistration.k8s.io/v1beta1');
  });

  test('each tenant has its own guard, scoped to its namespace', () => {
    const { objects: orders } = synthTenant(props({ trustedRegistries: ['ccr.ccs.tencentyun.com/orders'] }), 'orders');
    const ordersPolicy = find(orders, 'ValidatingAdmissionPolicy', 'kubeward-rolebindings-orders');
    expect(admit(ordersPolicy, binding([sa('deployer', 'orders')], 'orders')).allowed).toBe(true);
    expect(admit(ordersPolicy, binding([sa('deployer', 'payments')], 'orders')).allowed).toBe(false);
  });
});
