// The end-to-end example (examples/platform): what `npm run demo` writes is one file per tenant,
// each snapshotted; the security properties the README promises hold object by object (checked
// here directly on the YAML, not through the engine); the files are valid against the real
// Kubernetes and CRD schemas; and the audit of the written files finds nothing, with nothing
// suppressed.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { parseAllDocuments } from 'yaml';
import { demo } from '../../examples/demo';
import { synthPlatform } from '../../examples/platform/main';
import { BANK_GATEWAY_CIDR } from '../../examples/platform/platform';
import { exitCodeOf } from '../../lib/policy/engine';
import { auditPaths } from '../../lib/policy/input';
import { expectSchemaValid } from '../support/schemas';
import { SCHEMAS, testIfShared } from '../support/shared';

type Obj = Record<string, any>;

const TENANTS = ['edge', 'orders', 'payments', 'storefront'];
const WORKLOAD_KINDS = new Set(['Deployment', 'StatefulSet', 'CronJob']);
const DIGEST_IMAGE = /^ccr\.ccs\.tencentyun\.com\/([a-z0-9-]+)\/[a-z0-9-]+@sha256:[0-9a-f]{64}$/;

function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'kubeward-platform-'));
}

function readObjects(file: string): Obj[] {
  return parseAllDocuments(fs.readFileSync(file, 'utf8')).map((d) => d.toJSON()).filter((o) => o !== null);
}

function podSpecOf(o: Obj): Obj {
  return o.kind === 'CronJob' ? o.spec.jobTemplate.spec.template.spec : o.spec.template.spec;
}

function find(objects: Obj[], kind: string, namespace: string, name: string): Obj {
  const hit = objects.filter((o) => o.kind === kind && o.metadata.namespace === namespace && o.metadata.name === name);
  expect(hit).toHaveLength(1);
  return hit[0];
}

const peerOf = (namespace: string, workload: string) => ({
  namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': namespace } },
  podSelector: { matchLabels: { 'app.kubernetes.io/name': workload, 'kubeward.dev/workload': workload } },
});

describe('examples/platform |', () => {
  const outdir = tempDir();
  const result = synthPlatform(outdir);
  const byTenant = new Map(result.files.map((f) => [path.basename(f, '.k8s.yaml'), readObjects(f)]));
  const all = [...byTenant.values()].flat();

  afterAll(() => fs.rmSync(outdir, { recursive: true, force: true }));

  test('one manifest file per tenant, each matching its snapshot', () => {
    expect([...byTenant.keys()]).toEqual(TENANTS);
    for (const f of result.files) {
      expect(fs.readFileSync(f, 'utf8')).toMatchSnapshot(path.basename(f));
    }
  });

  test('synthesis is deterministic and clears manifests a previous run left behind', () => {
    fs.writeFileSync(path.join(outdir, 'retired-tenant.k8s.yaml'), 'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: retired\n');
    const again = synthPlatform(outdir);
    expect(again.files.map((f) => path.basename(f))).toEqual(TENANTS.map((t) => `${t}.k8s.yaml`));
    for (const f of again.files) expect(readObjects(f)).toEqual(byTenant.get(path.basename(f, '.k8s.yaml')));
  });

  test('four tenants and six workloads, connected across tenants', () => {
    const { tenants, workloads } = result.platform;
    expect(Object.values(tenants).map((t) => t.namespaceName).sort()).toEqual(TENANTS);
    const kinds = all.filter((o) => WORKLOAD_KINDS.has(o.kind)).map((o) => `${o.kind} ${o.metadata.namespace}/${o.metadata.name}`).sort();
    expect(kinds).toEqual([
      'CronJob payments/settlement',
      'Deployment edge/gateway',
      'Deployment orders/api',
      'Deployment payments/api',
      'Deployment storefront/web',
      'StatefulSet orders/db',
    ]);
    expect(Object.keys(workloads)).toHaveLength(6);

    // The public path: Istio ingress gateway → edge/gateway → storefront/web → orders/api → payments/api.
    const gatewayNp = find(all, 'NetworkPolicy', 'edge', 'gateway');
    expect(gatewayNp.spec.ingress).toContainEqual({
      from: [{
        namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'istio-ingress' } },
        podSelector: { matchLabels: { istio: 'ingress' } },
      }],
      ports: [{ port: 8080, protocol: 'TCP' }],
    });
    expect(find(all, 'AuthorizationPolicy', 'edge', 'gateway').spec.rules).toContainEqual({
      from: [{ source: { principals: ['cluster.local/ns/istio-ingress/sa/istio-ingress'] } }],
      to: [{ operation: { ports: ['8080'] } }],
    });
    expect(gatewayNp.spec.egress).toContainEqual({ to: [peerOf('storefront', 'web')], ports: [{ port: 8080, protocol: 'TCP' }] });
    expect(find(all, 'NetworkPolicy', 'storefront', 'web').spec.ingress).toEqual([{ from: [peerOf('edge', 'gateway')], ports: [{ port: 8080, protocol: 'TCP' }] }]);
    expect(find(all, 'NetworkPolicy', 'payments', 'api').spec.ingress).toEqual(expect.arrayContaining([
      { from: [peerOf('orders', 'api')], ports: [{ port: 9443, protocol: 'TCP' }] },
      { from: [peerOf('payments', 'settlement')], ports: [{ port: 9443, protocol: 'TCP' }] },
    ]));
    const paymentsAuthz = find(all, 'AuthorizationPolicy', 'payments', 'api');
    expect(paymentsAuthz.spec.action).toBe('ALLOW');
    // Callers by mesh identity, and nobody else. Monitoring scrapes Istio's merged metrics on 15020,
    // which the sidecar does not intercept, so it needs a NetworkPolicy rule and no mesh rule.
    expect(paymentsAuthz.spec.rules.flatMap((r: Obj) => r.from.map((f: Obj) => f.source))).toEqual([
      { principals: ['cluster.local/ns/orders/sa/api'] },
      { principals: ['cluster.local/ns/payments/sa/settlement'] },
    ]);
    expect(find(all, 'NetworkPolicy', 'payments', 'api').spec.ingress).toContainEqual({
      from: [{ namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'monitoring' } } }],
      ports: [{ port: 15020, protocol: 'TCP' }],
    });
    // The settlement job reaches the bank on 443 only, and never the metadata service through it.
    expect(find(all, 'NetworkPolicy', 'payments', 'settlement').spec.egress).toContainEqual({ to: [{ ipBlock: { cidr: BANK_GATEWAY_CIDR } }], ports: [{ port: 443, protocol: 'TCP' }] });
    // The database members replicate to each other, and only orders/api reaches them from outside.
    const dbIngress = find(all, 'NetworkPolicy', 'orders', 'db').spec.ingress.map((r: Obj) => r.from[0]);
    expect(dbIngress).toEqual(expect.arrayContaining([peerOf('orders', 'db'), peerOf('orders', 'api')]));
    expect(dbIngress).toHaveLength(2);
  });

  test('every tenant namespace enforces Pod Security restricted', () => {
    for (const ns of TENANTS) {
      const namespace = byTenant.get(ns)!.find((o) => o.kind === 'Namespace');
      expect(namespace!.metadata.name).toBe(ns);
      expect(namespace!.metadata.labels).toMatchObject({
        'pod-security.kubernetes.io/enforce': 'restricted',
        'pod-security.kubernetes.io/audit': 'restricted',
        'pod-security.kubernetes.io/warn': 'restricted',
      });
      expect(namespace!.metadata.labels['pod-security.kubernetes.io/enforce-version']).toMatch(/^v1\.\d+$/);
    }
  });

  test('every tenant denies all traffic by default and keeps cluster DNS reachable', () => {
    for (const ns of TENANTS) {
      const objects = byTenant.get(ns)!;
      expect(find(objects, 'NetworkPolicy', ns, 'default-deny-ingress').spec).toEqual({ podSelector: {}, policyTypes: ['Ingress'] });
      expect(find(objects, 'NetworkPolicy', ns, 'default-deny-egress').spec).toEqual({ podSelector: {}, policyTypes: ['Egress'] });
      const dns = find(objects, 'NetworkPolicy', ns, 'allow-dns-egress').spec;
      expect(dns.policyTypes).toEqual(['Egress']);
      expect(dns.egress).toEqual([{
        to: [{ namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'kube-system' } }, podSelector: { matchLabels: { 'k8s-app': 'kube-dns' } } }],
        ports: [{ protocol: 'UDP', port: 53 }, { protocol: 'TCP', port: 53 }],
      }]);
    }
  });

  test('every tenant runs STRICT mTLS with an allow-nothing authorization baseline', () => {
    for (const ns of TENANTS) {
      const objects = byTenant.get(ns)!;
      const peerAuth = objects.filter((o) => o.kind === 'PeerAuthentication');
      expect(peerAuth).toHaveLength(1);
      expect(peerAuth[0].metadata.namespace).toBe(ns);
      expect(peerAuth[0].spec).toEqual({ mtls: { mode: 'STRICT' } });
      expect(find(objects, 'AuthorizationPolicy', ns, 'allow-nothing').spec).toEqual({});
      expect(objects.find((o) => o.kind === 'Namespace')!.metadata.labels['istio-injection']).toBe('enabled');
    }
  });

  test('every container of every workload runs restricted, from its team\'s registry, pinned by digest', () => {
    const workloads = all.filter((o) => WORKLOAD_KINDS.has(o.kind));
    let containers = 0;
    for (const w of workloads) {
      const pod = podSpecOf(w);
      expect([w.metadata.name, pod.automountServiceAccountToken]).toEqual([w.metadata.name, false]);
      expect(pod.serviceAccountName).toBe(w.metadata.name);
      expect(pod.hostNetwork ?? false).toBe(false);
      expect(pod.hostPID ?? false).toBe(false);
      expect(pod.hostIPC ?? false).toBe(false);
      expect(pod.securityContext).toMatchObject({ runAsNonRoot: true, seccompProfile: { type: 'RuntimeDefault' } });
      expect(pod.securityContext.runAsUser).toBeGreaterThan(0);
      for (const v of pod.volumes ?? []) expect(v.hostPath).toBeUndefined();
      for (const c of [...(pod.initContainers ?? []), ...pod.containers]) {
        containers++;
        const where = `${w.kind} ${w.metadata.namespace}/${w.metadata.name} container ${c.name}`;
        expect([where, c.securityContext]).toEqual([where, expect.objectContaining({
          allowPrivilegeEscalation: false,
          privileged: false,
          readOnlyRootFilesystem: true,
          runAsNonRoot: true,
          capabilities: { drop: ['ALL'] },
        })]);
        expect(c.securityContext.runAsUser ?? pod.securityContext.runAsUser).toBeGreaterThan(0);
        const m = DIGEST_IMAGE.exec(c.image);
        expect([where, m?.[1]]).toEqual([where, w.metadata.namespace]);
        expect(c.resources.requests).toEqual(expect.objectContaining({ cpu: expect.any(String), memory: expect.any(String) }));
        expect(c.resources.limits.memory).toBeDefined();
        for (const e of c.env ?? []) expect(e.name).not.toMatch(/PASSWORD$|TOKEN$|SECRET$/);
      }
    }
    expect(containers).toBe(6);
  });

  testIfShared(SCHEMAS, 'the manifests are valid against the Kubernetes 1.28 schemas and the upstream CRDs', () => {
    expectSchemaValid(all, { requireNamespace: true });
  });

  test('the audit of the written files has zero findings and zero suppressions', () => {
    const report = auditPaths([outdir]);
    expect(report.errors).toEqual([]);
    expect(report.files).toBe(4);
    expect(report.objects).toBe(all.length);
    expect(report.findings.map((f) => `${f.controlId} ${f.object.kind} ${f.object.namespace}/${f.object.name}: ${f.message}`)).toEqual([]);
    expect(report.controls.filter((c) => c.status === 'suppressed' || c.suppressed > 0)).toEqual([]);
    expect(all.filter((o) => o.metadata?.annotations?.['kubeward.dev/suppress'] || o.metadata?.annotations?.['kubeward.dev/opt-outs'])).toEqual([]);
    expect(exitCodeOf(report)).toBe(0);
    // What does not apply is exactly what the example has no object for: cloud resources (checked
    // on the Pulumi side), Ingresses, ConfigMaps, bare Pods, Secrets, audit policies, DestinationRules
    // and ClusterRoles, and pods in a user namespace (KW-POD-028).
    expect(report.controls.filter((c) => c.status !== 'pass').map((c) => `${c.id} ${c.status}`)).toEqual([
      'KW-POD-026 not-applicable',
      'KW-POD-028 not-applicable',
      'KW-NET-009 not-applicable',
      'KW-RBAC-005 not-applicable',
      'KW-HA-008 not-applicable',
      'KW-AUD-004 not-applicable',
      'KW-AUD-005 not-applicable',
      'KW-MON-003 not-applicable',
      'KW-MESH-004 not-applicable',
      'KW-CLU-001 not-applicable',
      'KW-CLU-002 not-applicable',
      'KW-CLU-003 not-applicable',
      'KW-CLU-004 not-applicable',
      'KW-CLU-005 not-applicable',
      'KW-CLU-006 not-applicable',
      'KW-CLU-007 not-applicable',
      'KW-CLU-008 not-applicable',
      'KW-CLU-009 not-applicable',
      'KW-CLU-010 not-applicable',
    ]);
  });

  test('npm run demo writes the files, prints the report and exits 0', () => {
    const dir = tempDir();
    const chunks: string[] = [];
    try {
      const code = demo(dir, { write: (s: string) => chunks.push(s) });
      const text = chunks.join('');
      expect(code).toBe(0);
      expect(text).toContain('Synthesized 4 tenants (edge, storefront, orders, payments) with 6 workloads');
      // Every object of the four files (counted, not hard-coded: constructs add objects over time).
      expect(text).toContain(`${all.length} objects in 4 files: 0 findings (0 critical, 0 high, 0 medium, 0 low), 0 suppressed`);
      expect(text).toContain('PASS: no unsuppressed finding at or above low.');
      expect(fs.readdirSync(dir).sort()).toEqual(TENANTS.map((t) => `${t}.k8s.yaml`));
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
