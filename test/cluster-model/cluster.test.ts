// The runner on a small hand-written tenant (no kubeward construct involved, so the model is
// tested on its own): admission stage by stage for each mesh mode, quota with sidecars, DNS with
// and without NodeLocal DNSCache, the control plane in and outside the cluster, scraping under
// STRICT mTLS, ambient's HBONE port, the gateway chart's defaults, and declared connections.
import { ClusterConfig, Problem, gatewayFromChart, runCluster } from './cluster';
import { checkConnections } from './connections';
import { MeshInstall } from './mesh';

type Obj = Record<string, any>;

const DIGEST = `sha256:${'0123456789abcdef'.repeat(4)}`;
const APP_IMAGE = `ccr.ccs.tencentyun.com/shop/app@${DIGEST}`;
const PROXY_IMAGE = `ccr.ccs.tencentyun.com/mesh/proxyv2@${DIGEST}`;
const ISTIO: MeshInstall = { provider: 'istio', hub: 'docker.io/istio', tag: '1.24.2' };
const ISTIO_CNI_PINNED: MeshInstall = { provider: 'istio', image: PROXY_IMAGE, cni: true };

const meta = (name: string, extra: Obj = {}) => ({ name, namespace: 'shop', ...extra });
const sel = (app: string) => ({ matchLabels: { app } });

/** Pod Security restricted, an image policy trusting `registries`, default deny with DNS and istiod, STRICT mTLS, allow-nothing. */
function tenant(options: { registries?: string[]; nsLabels?: Obj; quota?: Obj; extra?: Obj[] } = {}): Obj[] {
  const registries = options.registries ?? ['ccr.ccs.tencentyun.com/shop/'];
  return [
    { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'shop', labels: { 'pod-security.kubernetes.io/enforce': 'restricted', 'pod-security.kubernetes.io/enforce-version': 'v1.30', 'istio-injection': 'enabled', ...(options.nsLabels ?? {}) } } },
    { apiVersion: 'v1', kind: 'ResourceQuota', metadata: meta('quota'), spec: { hard: options.quota ?? { 'requests.cpu': '24', 'limits.cpu': '80', 'requests.memory': '40Gi', 'limits.memory': '80Gi', 'pods': '40' } } },
    { apiVersion: 'v1', kind: 'LimitRange', metadata: meta('limits'), spec: { limits: [{ type: 'Container', default: { cpu: '500m', memory: '512Mi' }, defaultRequest: { cpu: '100m', memory: '128Mi' }, max: { cpu: '4', memory: '8Gi' } }] } },
    { apiVersion: 'networking.k8s.io/v1', kind: 'NetworkPolicy', metadata: meta('deny-all'), spec: { podSelector: {}, policyTypes: ['Ingress', 'Egress'] } },
    { apiVersion: 'networking.k8s.io/v1', kind: 'NetworkPolicy', metadata: meta('dns'), spec: { podSelector: {}, policyTypes: ['Egress'], egress: [{ to: [{ namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'kube-system' } }, podSelector: { matchLabels: { 'k8s-app': 'kube-dns' } } }], ports: [{ port: 53, protocol: 'UDP' }, { port: 53, protocol: 'TCP' }] }] } },
    { apiVersion: 'networking.k8s.io/v1', kind: 'NetworkPolicy', metadata: meta('istiod'), spec: { podSelector: {}, policyTypes: ['Egress'], egress: [{ to: [{ namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'istio-system' } }, podSelector: { matchLabels: { app: 'istiod' } } }], ports: [{ port: 15012 }] }] } },
    { apiVersion: 'security.istio.io/v1', kind: 'PeerAuthentication', metadata: meta('strict'), spec: { mtls: { mode: 'STRICT' } } },
    { apiVersion: 'security.istio.io/v1', kind: 'AuthorizationPolicy', metadata: meta('allow-nothing'), spec: {} },
    {
      apiVersion: 'admissionregistration.k8s.io/v1',
      kind: 'ValidatingAdmissionPolicy',
      metadata: { name: 'images' },
      spec: {
        failurePolicy: 'Fail',
        matchConstraints: { resourceRules: [{ apiGroups: [''], apiVersions: ['v1'], operations: ['CREATE', 'UPDATE'], resources: ['pods'] }] },
        variables: [{ name: 'containers', expression: '(has(object.spec.containers) ? object.spec.containers : []) + (has(object.spec.initContainers) ? object.spec.initContainers : [])' }],
        validations: [{ expression: `variables.containers.all(c, ${JSON.stringify(registries).replace(/"/g, "'")}.exists(p, c.image.startsWith(p)) && c.image.matches('@sha256:[a-f0-9]{64}$'))`, message: 'images must be pinned and trusted' }],
      },
    },
    { apiVersion: 'admissionregistration.k8s.io/v1', kind: 'ValidatingAdmissionPolicyBinding', metadata: { name: 'images' }, spec: { policyName: 'images', validationActions: ['Deny'], matchResources: { namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'shop' } } } } },
    ...workload('web', [{ name: 'http', containerPort: 8080 }]),
    ...workload('api', [{ name: 'http', containerPort: 8080 }, { name: 'metrics', containerPort: 9090 }]),
    { apiVersion: 'networking.k8s.io/v1', kind: 'NetworkPolicy', metadata: meta('web'), spec: { podSelector: sel('web'), policyTypes: ['Egress'], egress: [{ to: [{ podSelector: sel('api') }], ports: [{ port: 8080 }] }] } },
    { apiVersion: 'networking.k8s.io/v1', kind: 'NetworkPolicy', metadata: meta('api'), spec: { podSelector: sel('api'), policyTypes: ['Ingress'], ingress: [{ from: [{ podSelector: sel('web') }], ports: [{ port: 8080 }] }, { from: [{ namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'monitoring' } } }], ports: [{ port: 9090 }, { port: 15020 }] }] } },
    { apiVersion: 'security.istio.io/v1', kind: 'AuthorizationPolicy', metadata: meta('api'), spec: { selector: sel('api'), rules: [{ from: [{ source: { principals: ['cluster.local/ns/shop/sa/web'] } }], to: [{ operation: { ports: ['8080'] } }] }, { from: [{ source: { namespaces: ['monitoring'] } }], to: [{ operation: { ports: ['9090'] } }] }] } },
    { apiVersion: 'v1', kind: 'Service', metadata: meta('api', { labels: { app: 'api' } }), spec: { selector: { app: 'api' }, ports: [{ name: 'http', port: 8080, targetPort: 'http' }, { name: 'metrics', port: 9090, targetPort: 'metrics' }] } },
    ...(options.extra ?? []),
  ];
}

function workload(name: string, ports: Obj[]): Obj[] {
  const securityContext = { allowPrivilegeEscalation: false, capabilities: { drop: ['ALL'] }, readOnlyRootFilesystem: true, privileged: false };
  return [
    { apiVersion: 'v1', kind: 'ServiceAccount', metadata: meta(name) },
    {
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: meta(name),
      spec: {
        replicas: 2,
        selector: sel(name),
        template: {
          metadata: { labels: { app: name } },
          spec: { serviceAccountName: name, securityContext: { runAsNonRoot: true, runAsUser: 65532, seccompProfile: { type: 'RuntimeDefault' } }, containers: [{ name, image: APP_IMAGE, ports, resources: { requests: { cpu: '1', memory: '1Gi' }, limits: { cpu: '1', memory: '1Gi' } }, securityContext }] },
        },
      },
    },
    { apiVersion: 'autoscaling/v2', kind: 'HorizontalPodAutoscaler', metadata: meta(name), spec: { minReplicas: 2, maxReplicas: 8, scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name } } },
  ];
}

const at = (problems: readonly Problem[], stage: Problem['stage']): string[] => problems.filter((p) => p.stage === stage).map((p) => `${p.object}: ${p.message}`);
const config = (mesh: MeshInstall | undefined, extra: Partial<ClusterConfig> = {}): ClusterConfig => ({ kubernetesMinor: 30, mesh, ...extra });

describe('cluster model: admission per mesh mode |', () => {
  test('no mesh: both pods admitted, but the tenant\'s Istio policies have no effect', () => {
    const run = runCluster(tenant(), config(undefined));
    expect(run.pods.map((p) => [p.key, p.admitted, p.injection.membership])).toEqual([['shop/web', true, 'none'], ['shop/api', true, 'none']]);
    expect(at(run.problems, 'mesh')).toEqual([
      expect.stringMatching(/^Deployment shop\/web: no mesh is installed/),
      expect.stringMatching(/^Deployment shop\/api: no mesh is installed/),
    ]);
  });

  test('Istio without the CNI agent: Pod Security restricted refuses istio-init, the image policy refuses the proxy image', () => {
    const run = runCluster(tenant(), config(ISTIO));
    expect(run.pods.every((p) => !p.admitted && p.injection.membership === 'sidecar')).toBe(true);
    expect(at(run.problems, 'pod-security')).toEqual(['web', 'api'].flatMap((w) => [
      `Deployment shop/${w}: violates PodSecurity "restricted:v1.30": runAsNonRoot (runAsNonRoot=false set by container "istio-init")`,
      `Deployment shop/${w}: violates PodSecurity "restricted:v1.30": runAsUser (runAsUser=0 set by container "istio-init")`,
      `Deployment shop/${w}: violates PodSecurity "restricted:v1.30": capabilities_restricted (containers "istio-init" must not add NET_ADMIN, NET_RAW)`,
    ]));
    expect(at(run.problems, 'validating')).toEqual(['web', 'api'].map((w) => `Deployment shop/${w}: ValidatingAdmissionPolicy images (binding images) denied the request: images must be pinned and trusted`));
  });

  test('Istio with the CNI agent and a trusted, pinned proxy image: every pod admitted, nothing refused', () => {
    const run = runCluster(tenant({ registries: ['ccr.ccs.tencentyun.com/shop/', PROXY_IMAGE] }), config(ISTIO_CNI_PINNED));
    expect(run.pods.map((p) => [p.key, p.admitted, p.injection.injected])).toEqual([
      ['shop/web', true, ['istio-validation', 'istio-proxy']],
      ['shop/api', true, ['istio-validation', 'istio-proxy']],
    ]);
    expect(run.problems.filter((p) => p.stage !== 'scrape')).toEqual([]);
  });

  test('Tencent Cloud Mesh: istio-injection is ignored (no sidecar, STRICT and authorization silently absent); the revision label injects, and the hosted control plane needs its own egress rule', () => {
    const tcm: MeshInstall = { provider: 'tcm', image: PROXY_IMAGE, cni: true, revision: '1-22-5', controlPlane: { kind: 'external', cidrs: ['169.254.128.0/24'], port: 15012 } };
    const ignored = runCluster(tenant({ registries: ['ccr.ccs.tencentyun.com/shop/', PROXY_IMAGE] }), config(tcm));
    expect(at(ignored.problems, 'mesh')).toEqual([
      expect.stringMatching(/^Deployment shop\/web: not in the mesh \(no injection webhook selects it \(TCM injects namespaces labelled istio.io\/rev=1-22-5 only\)\)/),
      expect.stringMatching(/^Deployment shop\/api: not in the mesh/),
    ]);
    const labelled = runCluster(tenant({ registries: ['ccr.ccs.tencentyun.com/shop/', PROXY_IMAGE], nsLabels: { 'istio-injection': undefined, 'istio.io/rev': '1-22-5' } }).map(dropUndefinedLabels), config(tcm));
    expect(at(labelled.problems, 'mesh')).toEqual([]);
    expect(at(labelled.problems, 'control-plane')).toEqual(['web', 'api'].map((w) => expect.stringMatching(new RegExp(`^Deployment shop/${w}: istio-proxy cannot reach hosted control plane 169.254.128.0/24 on 15012: egress of Deployment shop/${w} refuses 15012/TCP`))));
    const withEgress = runCluster([...tenant({ registries: ['ccr.ccs.tencentyun.com/shop/', PROXY_IMAGE], nsLabels: { 'istio.io/rev': '1-22-5' } }).map(dropInjectionLabel),
      { apiVersion: 'networking.k8s.io/v1', kind: 'NetworkPolicy', metadata: meta('tcm'), spec: { podSelector: {}, policyTypes: ['Egress'], egress: [{ to: [{ ipBlock: { cidr: '169.254.128.0/24' } }], ports: [{ port: 15012 }] }] } }], config(tcm));
    expect(at(withEgress.problems, 'control-plane')).toEqual([]);
  });
});

function dropUndefinedLabels(o: Obj): Obj {
  if (o.kind !== 'Namespace') return o;
  return { ...o, metadata: { ...o.metadata, labels: Object.fromEntries(Object.entries(o.metadata.labels).filter(([, v]) => v !== undefined)) } };
}

function dropInjectionLabel(o: Obj): Obj {
  if (o.kind !== 'Namespace') return o;
  const labels = { ...o.metadata.labels };
  delete labels['istio-injection'];
  return { ...o, metadata: { ...o.metadata, labels } };
}

describe('cluster model: quota at the peak |', () => {
  test('two Deployments at HPA maximum 8 plus 2 surge each, with sidecars: 20 pods × (1 + 0.1) CPU = 22 CPU > 21, where 20 without the mesh fit', () => {
    const run = runCluster(tenant({ registries: ['ccr.ccs.tencentyun.com/shop/', PROXY_IMAGE] }), config(ISTIO_CNI_PINNED));
    expect(at(run.problems, 'quota')).toEqual([]);
    const tight = runCluster(tenant({ registries: ['ccr.ccs.tencentyun.com/shop/', PROXY_IMAGE], quota: { 'requests.cpu': '21', 'pods': '20' } }), config(ISTIO_CNI_PINNED));
    expect(at(tight.problems, 'quota')).toEqual([expect.stringMatching(/^ResourceQuota shop\/quota: requests.cpu at the peak is 22, above the hard limit 21 \(Deployment shop\/web: 10 pods \(8 replicas \(HPA maximum\) \+ 2 surge\) × 1100m/)]);
    // Without the mesh the same quota fits.
    expect(at(runCluster(tenant({ quota: { 'requests.cpu': '21', 'pods': '20' } }), config(undefined)).problems, 'quota')).toEqual([]);
  });
});

describe('cluster model: what running pods need from the network |', () => {
  const trusted = { registries: ['ccr.ccs.tencentyun.com/shop/', PROXY_IMAGE] };

  test('DNS: kube-dns on 53/UDP and 53/TCP; with NodeLocal DNSCache the listener 169.254.20.10 needs an ipBlock rule', () => {
    expect(at(runCluster(tenant(trusted), config(ISTIO_CNI_PINNED)).problems, 'dns')).toEqual([]);
    const local = runCluster(tenant(trusted), config(ISTIO_CNI_PINNED, { nodeLocalDnsCache: true }));
    expect(at(local.problems, 'dns')).toHaveLength(4);
    expect(at(local.problems, 'dns')[0]).toMatch(/^Deployment shop\/web: cannot reach NodeLocal DNSCache 169.254.20.10 on 53\/UDP: egress of Deployment shop\/web refuses 53\/UDP/);
    const rule = { apiVersion: 'networking.k8s.io/v1', kind: 'NetworkPolicy', metadata: meta('node-local-dns'), spec: { podSelector: {}, policyTypes: ['Egress'], egress: [{ to: [{ ipBlock: { cidr: '169.254.20.10/32' } }], ports: [{ port: 53, protocol: 'UDP' }, { port: 53, protocol: 'TCP' }] }] } };
    expect(at(runCluster(tenant({ ...trusted, extra: [rule] }), config(ISTIO_CNI_PINNED, { nodeLocalDnsCache: true })).problems, 'dns')).toEqual([]);
  });

  test('the control plane: in-cluster istiod on 15012 through the tenant\'s egress rule', () => {
    const noRule = tenant(trusted).filter((o) => o.metadata?.name !== 'istiod');
    expect(at(runCluster(noRule, config(ISTIO_CNI_PINNED)).problems, 'control-plane')).toHaveLength(2);
  });

  test('scraping under STRICT mTLS: a scraper outside the mesh cannot scrape the app port; Istio certs (https) or the merged port 15020 can', () => {
    const monitor = (port: string | number, https = false): Obj => ({
      apiVersion: 'monitoring.coreos.com/v1',
      kind: 'ServiceMonitor',
      metadata: meta('api'),
      spec: { selector: { matchLabels: { app: 'api' } }, endpoints: [{ ...(typeof port === 'string' ? { port } : { targetPort: port }), ...(https ? { scheme: 'https', tlsConfig: { caFile: '/etc/prom-certs/root-cert.pem', certFile: '/etc/prom-certs/cert-chain.pem', keyFile: '/etc/prom-certs/key.pem', insecureSkipVerify: true } } : {}) }] },
    });
    const plain = runCluster(tenant({ ...trusted, extra: [monitor('metrics')] }), config(ISTIO_CNI_PINNED));
    expect(at(plain.problems, 'scrape')).toEqual(['ServiceMonitor shop/api: monitoring/prometheus (scraper) cannot scrape Deployment shop/api on 9090: Deployment shop/api requires mTLS (STRICT) on 9090 and monitoring/prometheus (scraper) speaks plaintext (not in the mesh)']);
    const certs = runCluster(tenant({ ...trusted, extra: [monitor('metrics', true)] }), config(ISTIO_CNI_PINNED, { scraper: { namespace: 'monitoring', serviceAccount: 'prometheus', labels: { app: 'prometheus' }, meshed: false, istioCerts: true } }));
    expect(at(certs.problems, 'scrape')).toEqual([]);
    const podMonitor: Obj = { apiVersion: 'monitoring.coreos.com/v1', kind: 'PodMonitor', metadata: meta('api-merged'), spec: { selector: { matchLabels: { app: 'api' } }, podMetricsEndpoints: [{ portNumber: 15020, path: '/stats/prometheus' }] } };
    expect(at(runCluster(tenant({ ...trusted, extra: [podMonitor] }), config(ISTIO_CNI_PINNED)).problems, 'scrape')).toEqual([]);
    // Istio's merged-metrics recipe for a ServiceMonitor: rewrite __address__ to the agent's 15020.
    const relabelled = monitor('metrics');
    relabelled.spec.endpoints[0].relabelings = [{ sourceLabels: ['__address__'], regex: '([0-9.]+)(?::\\d+)?', replacement: '$1:15020', targetLabel: '__address__' }];
    expect(at(runCluster(tenant({ ...trusted, extra: [relabelled] }), config(ISTIO_CNI_PINNED)).problems, 'scrape')).toEqual([]);
  });

  test('ambient: ztunnel carries mesh traffic over HBONE, so the destination must admit 15008', () => {
    const ambient: MeshInstall = { provider: 'ambient', image: PROXY_IMAGE };
    const objects = tenant({ nsLabels: { 'istio-injection': undefined, 'istio.io/dataplane-mode': 'ambient' } }).map(dropUndefinedLabels);
    const run = runCluster(objects, config(ambient));
    expect(run.pods.map((p) => p.injection.membership)).toEqual(['ambient', 'ambient']);
    expect(run.connect(run.peer('shop/web'), run.peer('shop/api'), 8080)).toMatchObject({ allowed: false, stage: 'egress', reason: expect.stringMatching(/refuses 15008\/TCP \(HBONE for 8080\)/) });
    const hbone = [
      { apiVersion: 'networking.k8s.io/v1', kind: 'NetworkPolicy', metadata: meta('web-hbone'), spec: { podSelector: sel('web'), policyTypes: ['Egress'], egress: [{ to: [{ podSelector: sel('api') }], ports: [{ port: 15008 }] }] } },
      { apiVersion: 'networking.k8s.io/v1', kind: 'NetworkPolicy', metadata: meta('api-hbone'), spec: { podSelector: sel('api'), policyTypes: ['Ingress'], ingress: [{ from: [{ podSelector: sel('web') }], ports: [{ port: 15008 }] }] } },
    ];
    const open = runCluster([...objects, ...hbone], config(ambient));
    expect(open.connect(open.peer('shop/web'), open.peer('shop/api'), 8080).allowed).toBe(true);
    expect(open.connect(open.peer('shop/web'), open.peer('shop/api'), 9090)).toMatchObject({ allowed: false, stage: 'authorization' });
  });

  test('the ingress gateway as the istio/gateway chart installs it: label istio: ingress, ServiceAccount istio-ingress', () => {
    expect(gatewayFromChart()).toEqual({ namespace: 'istio-ingress', serviceAccount: 'istio-ingress', labels: { app: 'istio-ingress', istio: 'ingress' } });
    expect(gatewayFromChart('istio-ingressgateway', 'istio-system').labels).toEqual({ app: 'istio-ingressgateway', istio: 'ingressgateway' });
    const admit = (istioLabel: string, principal: string): Obj[] => [
      { apiVersion: 'networking.k8s.io/v1', kind: 'NetworkPolicy', metadata: meta('from-gateway'), spec: { podSelector: sel('web'), policyTypes: ['Ingress'], ingress: [{ from: [{ namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'istio-ingress' } }, podSelector: { matchLabels: { istio: istioLabel } } }], ports: [{ port: 8080 }] }] } },
      { apiVersion: 'security.istio.io/v1', kind: 'AuthorizationPolicy', metadata: meta('web'), spec: { selector: sel('web'), rules: [{ from: [{ source: { principals: [principal] } }], to: [{ operation: { ports: ['8080'] } }] }] } },
    ];
    const wrong = runCluster(tenant({ ...trusted, extra: admit('ingressgateway', 'cluster.local/ns/istio-ingress/sa/istio-ingressgateway') }), config(ISTIO_CNI_PINNED));
    expect(checkConnections(wrong, [{ from: 'ingress-gateway', to: 'shop/web', ports: [8080] }]).map((p) => p.message)).toEqual([expect.stringMatching(/^declared, but refused at ingress/)]);
    const right = runCluster(tenant({ ...trusted, extra: admit('ingress', 'cluster.local/ns/istio-ingress/sa/istio-ingress') }), config(ISTIO_CNI_PINNED));
    expect(checkConnections(right, [{ from: 'ingress-gateway', to: 'shop/web', ports: [8080] }])).toEqual([]);
  });
});

describe('cluster model: declared connections |', () => {
  const trusted = { registries: ['ccr.ccs.tencentyun.com/shop/', PROXY_IMAGE] };

  test('the declared web → api:8080 is admitted and nothing else between the workloads is', () => {
    const run = runCluster(tenant(trusted), config(ISTIO_CNI_PINNED));
    expect(checkConnections(run, [{ from: 'shop/web', to: 'shop/api', ports: [8080] }], { undeclaredDenied: true })).toEqual([]);
  });

  test('a declaration the policies do not carry, and an opening nobody declared, are both reported', () => {
    const allowAll = { apiVersion: 'networking.k8s.io/v1', kind: 'NetworkPolicy', metadata: meta('oops'), spec: { podSelector: {}, ingress: [{}], egress: [{}] } };
    const allowAllAuthz = { apiVersion: 'security.istio.io/v1', kind: 'AuthorizationPolicy', metadata: meta('oops'), spec: { rules: [{}] } };
    const run = runCluster(tenant({ ...trusted, extra: [allowAll, allowAllAuthz] }), config(ISTIO_CNI_PINNED));
    const problems = checkConnections(run, [{ from: 'shop/web', to: 'shop/api', ports: [8080] }], { undeclaredDenied: true });
    expect(problems.map((p) => p.object)).toEqual(['shop/web -> shop/web:8080', 'shop/web -> shop/api:9090', 'shop/api -> shop/web:8080', 'shop/api -> shop/api:8080', 'shop/api -> shop/api:9090']);
    const strict = runCluster(tenant(trusted), config(ISTIO_CNI_PINNED));
    expect(checkConnections(strict, [{ from: 'shop/api', to: 'shop/web', ports: [8080] }]).map((p) => p.message)).toEqual([expect.stringMatching(/^declared, but refused at egress/)]);
  });
});
