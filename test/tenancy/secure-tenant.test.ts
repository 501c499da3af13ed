// SecureTenant with defaults: a whole-manifest snapshot, explicit assertions on every security
// field (so a snapshot update cannot quietly drop hardening), schema validity and compliance.
import { PROXY_IMAGE, TENANT_CONTROLS, expectCompliant, find, ofKind, paymentsProps, synthTenant, testApp } from './fixtures';
import { TenantPeer } from '../../lib/network';
import { SecureTenant, roleRules } from '../../lib/tenancy';
import { expectSchemaValid, isClusterScoped } from '../support/schemas';
import { SCHEMAS, testIfShared } from '../support/shared';

describe('SecureTenant defaults |', () => {
  const { tenant, objects } = synthTenant();

  test('whole manifest snapshot', () => {
    expect(objects).toMatchSnapshot();
  });

  test('implements ITenant with the effective values', () => {
    expect(tenant.namespaceName).toBe('payments');
    expect(tenant.meshEnabled).toBe(true);
    expect(tenant.trustedRegistries).toEqual(['ccr.ccs.tencentyun.com/payments']);
    expect(tenant.namespaceLabels['kubernetes.io/metadata.name']).toBe('payments');
    expect(tenant.optOuts).toEqual({});
    expect(tenant.roleSubjects).toEqual({ admin: ['group:payments-admins'], developer: ['group:payments-devs'], viewer: ['group:auditors'] });
  });

  testIfShared(SCHEMAS, 'every object validates against the real schemas; cluster-scoped ones carry no namespace', () => {
    expectSchemaValid(objects, { requireNamespace: true });
    const clusterScoped = objects.filter((o) => isClusterScoped(o)).map((o) => `${o.kind}/${o.metadata.name}`);
    expect(clusterScoped).toEqual([
      'Namespace/payments',
      'ValidatingAdmissionPolicy/kubeward-rolebindings-payments', 'ValidatingAdmissionPolicyBinding/kubeward-rolebindings-payments',
      'LogConfig/payments-stdout',
      'ValidatingAdmissionPolicy/kubeward-images-payments', 'ValidatingAdmissionPolicyBinding/kubeward-images-payments',
    ]);
    for (const o of objects) if (isClusterScoped(o)) expect(o.metadata.namespace).toBeUndefined();
  });

  test('passes every applicable control with zero findings and zero suppressions', () => {
    expectCompliant(objects, TENANT_CONTROLS);
    // No suppression and no opt-out: the Namespace only records the mesh it expects.
    expect(find(objects, 'Namespace', 'payments').metadata.annotations).toEqual({
      'kubeward.dev/mesh-provider': 'istio',
      'kubeward.dev/mesh-cni': 'true',
      'kubeward.dev/mesh-proxy-image': PROXY_IMAGE,
    });
  });

  test('Namespace: Pod Security restricted (enforce, audit, warn) with versions, ownership and injection labels', () => {
    expect(find(objects, 'Namespace', 'payments').metadata.labels).toEqual({
      'app.kubernetes.io/name': 'payments',
      'owner': 'payments',
      'app.kubernetes.io/managed-by': 'kubeward',
      'kubeward.dev/tenant': 'payments',
      'pod-security.kubernetes.io/enforce': 'restricted',
      'pod-security.kubernetes.io/enforce-version': 'v1.34',
      'pod-security.kubernetes.io/audit': 'restricted',
      'pod-security.kubernetes.io/audit-version': 'latest',
      'pod-security.kubernetes.io/warn': 'restricted',
      'pod-security.kubernetes.io/warn-version': 'latest',
      'istio-injection': 'enabled',
    });
  });

  // The schemas say which kinds are namespaced (CRD scope), so this one needs them too.
  testIfShared(SCHEMAS, 'every namespaced object is in the tenant namespace (Velero objects in velero) and labelled', () => {
    for (const o of objects.filter((x) => !isClusterScoped(x))) {
      expect([o.kind, o.metadata.namespace]).toEqual([o.kind, o.kind === 'Schedule' ? 'velero' : 'payments']);
    }
    for (const o of objects) expect(o.metadata.labels).toMatchObject({ 'app.kubernetes.io/name': 'payments', 'owner': 'payments', 'app.kubernetes.io/managed-by': 'kubeward' });
  });

  test('quota hard limits and a LimitRange consistent with them', () => {
    expect(find(objects, 'ResourceQuota', 'tenant-quota').spec.hard).toEqual({
      'requests.cpu': '40',
      'requests.memory': '128Gi',
      'limits.cpu': '40',
      'limits.memory': '128Gi',
      'pods': '300',
      'services': '20',
      'services.loadbalancers': '0',
      'services.nodeports': '0',
      'persistentvolumeclaims': '20',
      'requests.storage': '500Gi',
    });
    expect(find(objects, 'LimitRange', 'container-limits').spec.limits).toEqual([{
      type: 'Container',
      defaultRequest: { cpu: '100m', memory: '128Mi' },
      default: { cpu: '500m', memory: '512Mi' },
      min: { cpu: '10m', memory: '16Mi' },
      max: { cpu: '4', memory: '8Gi' },
    }]);
  });

  test('default-deny both ways, DNS egress to kube-dns on UDP and TCP 53, istiod egress for sidecars', () => {
    expect(find(objects, 'NetworkPolicy', 'default-deny-ingress').spec).toEqual({ podSelector: {}, policyTypes: ['Ingress'] });
    expect(find(objects, 'NetworkPolicy', 'default-deny-egress').spec).toEqual({ podSelector: {}, policyTypes: ['Egress'] });
    expect(find(objects, 'NetworkPolicy', 'allow-dns-egress').spec).toEqual({
      podSelector: {},
      policyTypes: ['Egress'],
      egress: [{
        to: [{ namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'kube-system' } }, podSelector: { matchLabels: { 'k8s-app': 'kube-dns' } } }],
        ports: [{ protocol: 'UDP', port: 53 }, { protocol: 'TCP', port: 53 }],
      }],
    });
    expect(find(objects, 'NetworkPolicy', 'allow-egress-istiod').spec.egress).toEqual([{
      to: [{ namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'istio-system' } }, podSelector: { matchLabels: { app: 'istiod' } } }],
      ports: [{ protocol: 'TCP', port: 15012 }],
    }]);
    // Nothing else opens traffic by default.
    expect(ofKind(objects, 'NetworkPolicy').map((o) => o.metadata.name)).toEqual(['default-deny-ingress', 'default-deny-egress', 'allow-dns-egress', 'allow-egress-istiod']);
  });

  test('RBAC: no wildcards, no Secret reads, no exec/attach/port-forward, no bind/escalate/impersonate', () => {
    const roles = ofKind(objects, 'Role');
    expect(roles.map((r) => r.metadata.name)).toEqual(['tenant-admin', 'tenant-developer', 'tenant-viewer']);
    for (const role of roles) {
      for (const rule of role.rules) {
        expect([...rule.apiGroups, ...rule.resources, ...rule.verbs]).not.toContain('*');
        expect(rule.verbs).not.toEqual(expect.arrayContaining(['bind']));
        for (const v of ['bind', 'escalate', 'impersonate']) expect(rule.verbs).not.toContain(v);
        for (const r of ['pods/exec', 'pods/attach', 'pods/portforward', 'serviceaccounts/token', 'networkpolicies/status']) expect(rule.resources).not.toContain(r);
        if (rule.resources.includes('secrets')) expect(rule.verbs.filter((v: string) => ['get', 'list', 'watch'].includes(v))).toEqual([]);
      }
    }
    const grants = (role: 'admin' | 'developer' | 'viewer', resource: string) => roleRules(role).filter((r) => r.resources.includes(resource)).flatMap((r) => r.verbs);
    expect(grants('viewer', 'secrets')).toEqual([]);
    expect(grants('developer', 'secrets')).toEqual([]);
    expect(grants('admin', 'secrets')).toEqual(['create', 'update', 'patch', 'delete']);
    expect(grants('viewer', 'deployments')).toEqual(['get', 'list', 'watch']);
    expect(grants('viewer', 'pods/log')).toEqual([]);
    expect(grants('developer', 'deployments')).toEqual(['get', 'list', 'watch', 'create', 'update', 'patch', 'delete']);
    expect(grants('developer', 'roles')).toEqual(['get', 'list', 'watch']);
    expect(grants('admin', 'rolebindings')).toEqual(['get', 'list', 'watch', 'create', 'update', 'patch', 'delete']);
    // The tenant boundary stays read-only for everyone.
    for (const role of ['admin', 'developer', 'viewer'] as const) {
      for (const r of ['networkpolicies', 'resourcequotas', 'limitranges', 'authorizationpolicies', 'peerauthentications']) expect(grants(role, r)).toEqual(['get', 'list', 'watch']);
    }
    const viewerVerbs = new Set(roleRules('viewer').flatMap((r) => r.verbs));
    expect([...viewerVerbs].sort()).toEqual(['get', 'list', 'watch']);
    expect(find(objects, 'RoleBinding', 'tenant-developer')).toMatchObject({
      roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'Role', name: 'tenant-developer' },
      subjects: [{ kind: 'Group', name: 'payments-devs', apiGroup: 'rbac.authorization.k8s.io' }],
    });
    expect(find(objects, 'ServiceAccount', 'default').automountServiceAccountToken).toBe(false);
  });

  test('mesh: STRICT mTLS and an allow-nothing AuthorizationPolicy with an empty spec', () => {
    expect(find(objects, 'PeerAuthentication', 'strict-mtls')).toMatchObject({ apiVersion: 'security.istio.io/v1', spec: { mtls: { mode: 'STRICT' } } });
    expect(find(objects, 'AuthorizationPolicy', 'allow-nothing').spec).toEqual({});
    expect(ofKind(objects, 'AuthorizationPolicy')).toHaveLength(1);
  });

  test('backup, logging and alerting are on', () => {
    expect(find(objects, 'Schedule', 'payments-daily').spec).toEqual({
      schedule: '0 2 * * *',
      useOwnerReferencesInBackup: false,
      // A self-installed Velero by default: its namespace, its `default` location, volume data by file-system backup.
      template: { includedNamespaces: ['payments'], storageLocation: 'default', snapshotVolumes: false, defaultVolumesToFsBackup: true, ttl: '720h0m0s' },
    });
    expect(find(objects, 'LogConfig', 'payments-stdout').spec).toMatchObject({
      inputDetail: { type: 'container_stdout', containerStdout: { namespace: 'payments', allContainers: true } },
      clsDetail: { logsetName: 'kubeward-tenants', topicName: 'payments-stdout' },
    });
    const rules = find(objects, 'PrometheusRule', 'payments-tenant-alerts').spec.groups[0].rules;
    expect(rules.map((r: any) => `${r.alert}:${r.labels.severity}`)).toEqual([
      'TenantQuotaNearlyExhausted:warning', 'TenantQuotaExhausted:critical', 'TenantPodCrashLooping:warning', 'TenantContainerOOMKilled:warning', 'TenantPodPending:warning',
    ]);
    expect(rules[0].expr).toContain('> 0.8');
    expect(rules[1].expr).toContain('> 0.95');
    for (const r of rules) {
      expect(r.expr).toContain('namespace="payments"');
      expect(Object.keys(r.annotations).sort()).toEqual(['description', 'runbook', 'summary']);
    }
  });

  test('image admission policy: v1, fails closed, bound to this namespace only', () => {
    const vap = find(objects, 'ValidatingAdmissionPolicy', 'kubeward-images-payments');
    expect(vap.apiVersion).toBe('admissionregistration.k8s.io/v1');
    expect(vap.spec.failurePolicy).toBe('Fail');
    expect(vap.spec.matchConstraints.resourceRules[0].resources).toEqual(['pods', 'pods/ephemeralcontainers']);
    expect(find(objects, 'ValidatingAdmissionPolicyBinding', 'kubeward-images-payments').spec).toEqual({
      policyName: 'kubeward-images-payments',
      validationActions: ['Deny'],
      matchResources: { namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'payments' } } },
    });
  });
});

describe('SecureTenant options |', () => {
  test('v1beta1 admission policy for 1.28/1.29 clusters validates against the 1.28 schema', () => {
    const { objects } = synthTenant(paymentsProps({ imagePolicy: { admissionApiVersion: 'v1beta1' } }));
    const vaps = objects.filter((o) => o.kind.startsWith('ValidatingAdmissionPolicy'));
    // The image policy and the RoleBinding guard, each a policy and its binding.
    expect(vaps.map((o) => `${o.kind}/${o.metadata.name} ${o.apiVersion}`).sort()).toEqual([
      'ValidatingAdmissionPolicy/kubeward-images-payments admissionregistration.k8s.io/v1beta1',
      'ValidatingAdmissionPolicy/kubeward-rolebindings-payments admissionregistration.k8s.io/v1beta1',
      'ValidatingAdmissionPolicyBinding/kubeward-images-payments admissionregistration.k8s.io/v1beta1',
      'ValidatingAdmissionPolicyBinding/kubeward-rolebindings-payments admissionregistration.k8s.io/v1beta1',
    ]);
    expectSchemaValid(objects, { requireNamespace: true });
    // The catalog lists v1beta1 as removed: the choice is a visible suppression, not a silent pass.
    for (const o of vaps) expect(o.metadata.annotations['kubeward.dev/suppress']).toMatch(/^KW-AUD-003: v1beta1 chosen/);
    expect(find(objects, 'Namespace', 'payments').metadata.annotations['kubeward.dev/opt-outs']).toMatch(/^imagePolicy\.admissionApiVersion: v1beta1/);
    const report = expectCompliant(objects, TENANT_CONTROLS.filter((id) => id !== 'KW-AUD-003'), ['KW-AUD-003']);
    expect(report.findings.map((f) => `${f.object.kind}/${f.object.name}:${f.suppressed?.reason.slice(0, 15)}`).sort()).toEqual([
      'ValidatingAdmissionPolicy/kubeward-images-payments:v1beta1 chosen ', 'ValidatingAdmissionPolicy/kubeward-rolebindings-payments:v1beta1 chosen ',
      'ValidatingAdmissionPolicyBinding/kubeward-images-payments:v1beta1 chosen ', 'ValidatingAdmissionPolicyBinding/kubeward-rolebindings-payments:v1beta1 chosen ',
    ]);
  });

  test('Kyverno signature verification validates against the Kyverno CRD', () => {
    const key = '-----BEGIN PUBLIC KEY-----\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEabc123/+=\n-----END PUBLIC KEY-----\n';
    const { objects } = synthTenant(paymentsProps({ imagePolicy: { signatureVerification: { publicKeys: [key] } } }));
    const policy = find(objects, 'Policy', 'verify-image-signatures');
    expect(policy.spec.rules[0].verifyImages[0]).toMatchObject({
      imageReferences: ['ccr.ccs.tencentyun.com/payments/*'], failureAction: 'Enforce', required: true, verifyDigest: true,
    });
    expectSchemaValid(objects, { requireNamespace: true });
    expectCompliant(objects, TENANT_CONTROLS);
  });

  test('explicit quota limits, exposure opt-ins, intra-tenant traffic, CLS topic id, runbook links and a mesh revision', () => {
    const { tenant, objects } = synthTenant(paymentsProps({
      quota: { cpu: '8', memory: '16Gi', limitsCpu: '16', limitsMemory: '32Gi', pods: 50, services: 10, loadBalancers: 1, nodePorts: 0, storage: '1Ti', persistentVolumeClaims: 5 },
      limits: { max: { cpu: '2', memory: '4Gi' }, defaultRequest: { cpu: '250m' } },
      network: { allowIntraTenant: true },
      logging: { topicId: '0f8e4b3a-1c2d-4e5f-8a9b-0c1d2e3f4a5b' },
      alerting: { runbookBaseUrl: 'https://runbooks.example.com/tenants', ruleLabels: { release: 'prometheus' } },
      mesh: { proxyImage: PROXY_IMAGE, revision: '1-22-1', proxyResources: { cpuLimit: '1', memoryLimit: '1Gi' } },
    }));
    expect(find(objects, 'ResourceQuota', 'tenant-quota').spec.hard).toMatchObject({ 'limits.cpu': '16', 'services.loadbalancers': '1', 'requests.storage': '1Ti' });
    expect(find(objects, 'LimitRange', 'container-limits').spec.limits[0]).toMatchObject({ max: { cpu: '2', memory: '4Gi' }, defaultRequest: { cpu: '250m', memory: '128Mi' } });
    expect(find(objects, 'NetworkPolicy', 'allow-intra-tenant').spec).toEqual({
      podSelector: {}, policyTypes: ['Ingress', 'Egress'], ingress: [{ from: [{ podSelector: {} }] }], egress: [{ to: [{ podSelector: {} }] }],
    });
    expect(find(objects, 'AuthorizationPolicy', 'allow-intra-tenant').spec).toEqual({ action: 'ALLOW', rules: [{ from: [{ source: { namespaces: ['payments'] } }] }] });
    expect(find(objects, 'LogConfig', 'payments-stdout').spec.clsDetail).toEqual({ topicId: '0f8e4b3a-1c2d-4e5f-8a9b-0c1d2e3f4a5b', logType: 'minimalist_log' });
    const alerts = find(objects, 'PrometheusRule', 'payments-tenant-alerts');
    expect(alerts.metadata.labels.release).toBe('prometheus');
    expect(alerts.spec.groups[0].rules[0].annotations.runbook_url).toBe('https://runbooks.example.com/tenants#tenantquotanearlyexhausted');
    expect(tenant.namespaceLabels['istio.io/rev']).toBe('1-22-1');
    expect(tenant.namespaceLabels['istio-injection']).toBeUndefined();
    expectSchemaValid(objects, { requireNamespace: true });
    expectCompliant(objects, TENANT_CONTROLS);
  });

  test('a tenant under a Chart-less id keeps explicit names (no hash suffixes)', () => {
    const app = testApp();
    const t = new SecureTenant(app, 'orders', paymentsProps({ trustedRegistries: ['ccr.ccs.tencentyun.com/orders'], admins: [], developers: [], viewers: [] }));
    t.allowFrom(TenantPeer.ingressGateway());
    for (const o of t.toJson()) expect(o.metadata.name).not.toMatch(/-[0-9a-f]{8}$/);
    expect(ofKind(t.toJson(), 'RoleBinding')).toEqual([]);
  });
});
