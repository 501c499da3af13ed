// Objects a user adds to a tenant stay in the tenant: namespaced ones get its namespace (raw
// ApiObjects, cdk8s-plus constructs, objects of a nested chart), cluster-scoped kinds stay
// cluster-scoped, and an object that names another namespace is refused at synth.
import { ApiObject, Chart, Testing } from 'cdk8s';
import * as kplus from 'cdk8s-plus-28';
import { find, paymentsProps, testApp } from './fixtures';
import { audit } from '../../lib/policy';
import { isNamespacedKind } from '../../lib/policy/model/object';
import { SecureTenant } from '../../lib/tenancy';

function tenant(): SecureTenant {
  return new SecureTenant(testApp(), 'payments', paymentsProps());
}

const configMap = (scope: Chart | SecureTenant, id: string, namespace?: string) => new ApiObject(scope, id, {
  apiVersion: 'v1',
  kind: 'ConfigMap',
  metadata: { name: id, ...(namespace ? { namespace } : {}) },
  data: { LOG_LEVEL: 'info' },
});

describe('tenant objects stay in the tenant |', () => {
  test('a raw ApiObject and a cdk8s-plus ConfigMap get the tenant\'s namespace', () => {
    const t = tenant();
    configMap(t, 'raw-settings');
    new kplus.ConfigMap(t, 'plus-settings', { metadata: { name: 'plus-settings' }, data: { a: 'b' } });
    const objects = Testing.synth(t);
    expect(find(objects, 'ConfigMap', 'raw-settings').metadata.namespace).toBe('payments');
    expect(find(objects, 'ConfigMap', 'plus-settings').metadata.namespace).toBe('payments');
    // And the engine agrees they are in the tenant (KW-AUD-001 finds nothing in default).
    const report = audit(objects);
    expect(report.findings.filter((f) => f.controlId === 'KW-AUD-001')).toEqual([]);
  });

  test('references between cdk8s-plus constructs see the namespace at construction', () => {
    const t = tenant();
    const sa = new kplus.ServiceAccount(t, 'ci', { metadata: { name: 'ci' } });
    const role = new kplus.Role(t, 'reader', { metadata: { name: 'reader' } });
    role.allowRead(kplus.ApiResource.CONFIG_MAPS);
    role.bind(sa);
    const binding = Testing.synth(t).find((o: any) => o.kind === 'RoleBinding' && o.roleRef?.name === 'reader');
    expect(binding.metadata.namespace).toBe('payments');
    expect(binding.subjects).toEqual([expect.objectContaining({ kind: 'ServiceAccount', name: 'ci', namespace: 'payments' })]);
  });

  test('cluster-scoped kinds stay cluster-scoped, the tenant\'s own included', () => {
    const t = tenant();
    new ApiObject(t, 'raw-reader', { apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'ClusterRole', metadata: { name: 'raw-reader' }, rules: [] });
    new kplus.ClusterRole(t, 'plus-reader', { metadata: { name: 'plus-reader' } });
    const objects = Testing.synth(t);
    for (const name of ['raw-reader', 'plus-reader']) expect(find(objects, 'ClusterRole', name).metadata).not.toHaveProperty('namespace');
    const clusterScoped = objects.filter((o: any) => !isNamespacedKind(o.apiVersion, o.kind));
    expect(clusterScoped.map((o: any) => o.kind)).toEqual(expect.arrayContaining(['Namespace', 'ValidatingAdmissionPolicy', 'ValidatingAdmissionPolicyBinding', 'ClusterRole']));
    expect(clusterScoped.filter((o: any) => 'namespace' in o.metadata)).toEqual([]);
    // Every namespaced object of the tenant is in its namespace, except Velero's Schedule, which
    // Velero only reads from its own namespace.
    const elsewhere = objects.filter((o: any) => isNamespacedKind(o.apiVersion, o.kind) && o.metadata.namespace !== 'payments');
    expect(elsewhere.map((o: any) => `${o.kind}/${o.metadata.namespace}`)).toEqual(['Schedule/velero']);
  });

  test('objects of a chart nested in the tenant get its namespace too', () => {
    const t = tenant();
    const nested = new Chart(t, 'extras');
    configMap(nested, 'nested-settings');
    expect(find(Testing.synth(nested), 'ConfigMap', 'nested-settings').metadata.namespace).toBe('payments');
  });

  test('synthesizing twice places each object once', () => {
    const t = tenant();
    configMap(t, 'settings');
    new ApiObject(t, 'reader', { apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'ClusterRole', metadata: { name: 'reader' }, rules: [] });
    expect(Testing.synth(t)).toEqual(Testing.synth(t));
  });

  test('an object that names another namespace is refused, with the fix', () => {
    const t = tenant();
    configMap(t, 'leak', 'default');
    expect(() => Testing.synth(t)).toThrow(/\[payments\] objects: ConfigMap leak \(payments\/leak\) is added to tenant payments but names namespace default, outside the tenant's quota, policies and admission\. Fix: omit metadata\.namespace/);
    const other = tenant();
    new ApiObject(other, 'reader', { apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'ClusterRole', metadata: { name: 'reader', namespace: 'kube-system' }, rules: [] });
    expect(() => Testing.synth(other)).toThrow(/ClusterRole reader \(payments\/reader\) is cluster-scoped but names namespace kube-system\. Fix: remove metadata\.namespace/);
    // Naming the tenant's own namespace is fine.
    const fine = tenant();
    configMap(fine, 'explicit', 'payments');
    expect(find(Testing.synth(fine), 'ConfigMap', 'explicit').metadata.namespace).toBe('payments');
  });
});
