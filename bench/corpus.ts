// A generated corpus for the audit benchmark: realistic tenants (namespace, quota, limits,
// network policies, RBAC, mesh policies) with apps (Deployment, Service, ServiceAccount,
// NetworkPolicy, PDB, HPA, ConfigMap), some of them deliberately violating controls, written as
// multi-document YAML files (one per tenant) into a temporary directory.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { stringify } from 'yaml';

/** A generated corpus on disk. */
export interface Corpus {
  /** Directory holding the files. */
  readonly dir: string;
  /** Objects written. */
  readonly objects: number;
  /** Files written. */
  readonly files: number;
  /** Bytes written. */
  readonly bytes: number;
}

const DIGEST = 'sha256:' + '0123456789abcdef'.repeat(4);

function tenantObjects(t: number): Array<Record<string, unknown>> {
  const ns = `tenant-${String(t).padStart(4, '0')}`;
  const owner = { 'app.kubernetes.io/name': ns, 'owner': `${ns}-team` };
  const meta = (name: string, extra: Record<string, unknown> = {}): Record<string, unknown> => ({ name, namespace: ns, ...extra });
  const mesh = t % 3 !== 0;
  const out: Array<Record<string, unknown>> = [
    {
      apiVersion: 'v1',
      kind: 'Namespace',
      metadata: { name: ns, labels: { ...owner, 'pod-security.kubernetes.io/enforce': t % 23 === 0 ? 'privileged' : 'restricted', ...(mesh ? { 'istio-injection': 'enabled' } : {}) } },
    },
    { apiVersion: 'v1', kind: 'ResourceQuota', metadata: meta('quota'), spec: { hard: { 'requests.cpu': '20', 'requests.memory': '64Gi', 'pods': '200' } } },
    { apiVersion: 'v1', kind: 'LimitRange', metadata: meta('limits'), spec: { limits: [{ type: 'Container', default: { cpu: '500m', memory: '512Mi' }, defaultRequest: { cpu: '100m', memory: '128Mi' } }] } },
    { apiVersion: 'networking.k8s.io/v1', kind: 'NetworkPolicy', metadata: meta('default-deny-ingress'), spec: { podSelector: {}, policyTypes: ['Ingress'] } },
    { apiVersion: 'networking.k8s.io/v1', kind: 'NetworkPolicy', metadata: meta('default-deny-egress'), spec: { podSelector: {}, policyTypes: ['Egress'] } },
    {
      apiVersion: 'networking.k8s.io/v1',
      kind: 'NetworkPolicy',
      metadata: meta('allow-dns'),
      spec: {
        podSelector: {},
        policyTypes: ['Egress'],
        egress: [{ to: [{ namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'kube-system' } } }], ports: [{ protocol: 'UDP', port: 53 }, { protocol: 'TCP', port: 53 }] }],
      },
    },
    { apiVersion: 'v1', kind: 'ServiceAccount', metadata: meta('default'), automountServiceAccountToken: false },
    {
      apiVersion: 'rbac.authorization.k8s.io/v1',
      kind: 'Role',
      metadata: meta('developer'),
      rules: t % 17 === 0 ? [{ apiGroups: ['*'], resources: ['*'], verbs: ['*'] }] : [{ apiGroups: ['', 'apps'], resources: ['pods', 'deployments', 'configmaps'], verbs: ['get', 'list', 'watch'] }],
    },
    {
      apiVersion: 'rbac.authorization.k8s.io/v1',
      kind: 'RoleBinding',
      metadata: meta('developers'),
      roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'Role', name: 'developer' },
      subjects: [{ apiGroup: 'rbac.authorization.k8s.io', kind: 'Group', name: `${ns}-devs` }],
    },
  ];
  if (mesh) {
    out.push(
      { apiVersion: 'security.istio.io/v1', kind: 'PeerAuthentication', metadata: meta('default'), spec: { mtls: { mode: t % 29 === 0 ? 'PERMISSIVE' : 'STRICT' } } },
      { apiVersion: 'security.istio.io/v1', kind: 'AuthorizationPolicy', metadata: meta('allow-nothing'), spec: {} },
    );
  }
  for (let a = 0; a < 3; a++) {
    const i = t * 3 + a;
    const app = `app-${a}`;
    const labels = { 'app.kubernetes.io/name': app, 'owner': `${ns}-team` };
    const hardened = i % 7 !== 0;
    const image = i % 11 === 0 ? 'nginx:latest' : `ccr.ccs.tencentyun.com/${ns}/${app}:1.${a}.0@${DIGEST}`;
    out.push(
      { apiVersion: 'v1', kind: 'ServiceAccount', metadata: meta(app), automountServiceAccountToken: false },
      {
        apiVersion: 'apps/v1',
        kind: 'Deployment',
        metadata: meta(app, { labels }),
        spec: {
          replicas: i % 13 === 0 ? 1 : 3,
          selector: { matchLabels: { 'app.kubernetes.io/name': app } },
          template: {
            metadata: { labels },
            spec: {
              serviceAccountName: app,
              automountServiceAccountToken: false,
              ...(hardened ? { securityContext: { runAsNonRoot: true, runAsUser: 10001, seccompProfile: { type: 'RuntimeDefault' } } } : {}),
              topologySpreadConstraints: [{ maxSkew: 1, topologyKey: 'topology.kubernetes.io/zone', whenUnsatisfiable: 'ScheduleAnyway', labelSelector: { matchLabels: { 'app.kubernetes.io/name': app } } }],
              containers: [
                {
                  name: app,
                  image,
                  ports: [{ name: 'http', containerPort: 8080 }],
                  env: [{ name: 'LOG_LEVEL', value: 'info' }, ...(i % 19 === 0 ? [{ name: 'DB_PASSWORD', value: 'hunter2' }] : [])],
                  ...(hardened ? { securityContext: { allowPrivilegeEscalation: false, readOnlyRootFilesystem: true, capabilities: { drop: ['ALL'] } } } : {}),
                  resources: { requests: { cpu: '100m', memory: '128Mi' }, limits: { cpu: '500m', memory: '256Mi' } },
                  readinessProbe: { httpGet: { path: '/ready', port: 'http' } },
                  livenessProbe: { httpGet: { path: '/live', port: 'http' } },
                },
              ],
            },
          },
        },
      },
      {
        apiVersion: 'v1',
        kind: 'Service',
        metadata: meta(app),
        spec: { type: i % 31 === 0 ? 'NodePort' : 'ClusterIP', selector: { 'app.kubernetes.io/name': app }, ports: [{ name: 'http', port: 80, targetPort: 'http' }] },
      },
      {
        apiVersion: 'networking.k8s.io/v1',
        kind: 'NetworkPolicy',
        metadata: meta(`${app}-ingress`),
        spec: {
          podSelector: { matchLabels: { 'app.kubernetes.io/name': app } },
          policyTypes: ['Ingress'],
          ingress: [{ from: [{ podSelector: { matchLabels: { 'app.kubernetes.io/name': 'gateway' } } }], ports: [{ protocol: 'TCP', port: 8080 }] }],
        },
      },
      { apiVersion: 'policy/v1', kind: 'PodDisruptionBudget', metadata: meta(app), spec: { maxUnavailable: 1, selector: { matchLabels: { 'app.kubernetes.io/name': app } } } },
      {
        apiVersion: 'autoscaling/v2',
        kind: 'HorizontalPodAutoscaler',
        metadata: meta(app),
        spec: { scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: app }, minReplicas: 3, maxReplicas: 10 },
      },
      { apiVersion: 'v1', kind: 'ConfigMap', metadata: meta(`${app}-config`), data: { 'app.yaml': 'listen: 8080\nlog: info\n', ...(i % 37 === 0 ? { API_TOKEN: 'abc' } : {}) } },
    );
  }
  return out;
}

/** Writes a corpus of about `target` objects (whole tenants) into a new temporary directory. */
export function generateCorpus(target: number): Corpus {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kubeward-bench-'));
  let objects = 0;
  let files = 0;
  let bytes = 0;
  for (let t = 0; objects < target; t++) {
    let docs = tenantObjects(t);
    if (objects + docs.length > target) docs = docs.slice(0, target - objects);
    const text = docs.map((d) => stringify(d)).join('---\n');
    // Tenants spread over subdirectories, as a repository of synthesized charts would be.
    const sub = path.join(dir, `group-${String(Math.floor(t / 100)).padStart(2, '0')}`);
    if (t % 100 === 0) fs.mkdirSync(sub, { recursive: true });
    fs.writeFileSync(path.join(sub, `tenant-${String(t).padStart(4, '0')}.k8s.yaml`), text);
    objects += docs.length;
    files++;
    bytes += Buffer.byteLength(text);
  }
  return { dir, objects, files, bytes };
}
