// The injection model writes what istio/istio's injection template writes, selects what the
// webhook entries select and declines what injectRequired declines (sources in injection.ts).
import { injectPod, proxyResources } from './injection';
import { MeshInstall, proxyImageOf, resolveMesh } from './mesh';
import { evaluatePodSecurity } from './pod-security';

const ISTIO: MeshInstall = { provider: 'istio', hub: 'docker.io/istio', tag: '1.24.2' };
const ISTIO_CNI: MeshInstall = { ...ISTIO, cni: true };
const TCM: MeshInstall = { provider: 'tcm', image: 'ccr.ccs.tencentyun.com/tkeimages/proxyv2@sha256:' + 'a'.repeat(64), revision: '1-22-5', controlPlane: { kind: 'external', cidrs: ['169.254.128.0/24'], port: 15012 } };
const AMBIENT: MeshInstall = { provider: 'ambient', hub: 'docker.io/istio', tag: '1.24.2' };

/** A restricted-compliant app pod, as kubeward's hardened workloads write them. */
type Meta = { labels?: Record<string, string>; annotations?: Record<string, string> };

function appPod(meta: Meta = {}, spec: Record<string, unknown> = {}): Record<string, any> {
  return {
    metadata: { labels: { 'app.kubernetes.io/name': 'api', ...(meta.labels ?? {}) }, annotations: meta.annotations ?? {} },
    spec: {
      serviceAccountName: 'api',
      securityContext: { runAsNonRoot: true, runAsUser: 65532, seccompProfile: { type: 'RuntimeDefault' } },
      containers: [{ name: 'api', image: 'ccr.ccs.tencentyun.com/team/api@sha256:' + 'b'.repeat(64), ports: [{ name: 'http', containerPort: 8080 }], securityContext: { allowPrivilegeEscalation: false, capabilities: { drop: ['ALL'] }, readOnlyRootFilesystem: true } }],
      ...spec,
    },
  };
}

const INJECTED_NS = { 'istio-injection': 'enabled' };
const byName = (list: any[] | undefined, name: string): any => (list ?? []).find((c) => c.name === name);

describe('injection: which pods are injected |', () => {
  test('istio-injection: enabled selects the namespace; the pod label or annotation "false" opts out', () => {
    const mesh = resolveMesh(ISTIO);
    expect(injectPod(appPod(), 'team', INJECTED_NS, mesh).membership).toBe('sidecar');
    expect(injectPod(appPod({ labels: { 'sidecar.istio.io/inject': 'false' } }), 'team', INJECTED_NS, mesh).membership).toBe('none');
    expect(injectPod(appPod({ annotations: { 'sidecar.istio.io/inject': 'false' } }), 'team', INJECTED_NS, mesh).membership).toBe('none');
    // The label wins over the annotation.
    expect(injectPod(appPod({ labels: { 'sidecar.istio.io/inject': 'true' }, annotations: { 'sidecar.istio.io/inject': 'false' } }), 'team', INJECTED_NS, mesh).membership).toBe('sidecar');
  });

  test('an unlabelled namespace injects only pods labelled sidecar.istio.io/inject: "true"', () => {
    const mesh = resolveMesh(ISTIO);
    expect(injectPod(appPod(), 'team', {}, mesh).membership).toBe('none');
    expect(injectPod(appPod({ labels: { 'sidecar.istio.io/inject': 'true' } }), 'team', {}, mesh).membership).toBe('sidecar');
    // The object entry matches on the label; an annotation alone never reaches the webhook.
    expect(injectPod(appPod({ annotations: { 'sidecar.istio.io/inject': 'true' } }), 'team', {}, mesh).membership).toBe('none');
    expect(injectPod(appPod(), 'team', { 'istio-injection': 'disabled' }, mesh).membership).toBe('none');
  });

  test('host-network pods and system namespaces are never injected', () => {
    const mesh = resolveMesh(ISTIO);
    expect(injectPod(appPod({}, { hostNetwork: true }), 'team', INJECTED_NS, mesh).membership).toBe('none');
    expect(injectPod(appPod(), 'kube-system', INJECTED_NS, mesh).membership).toBe('none');
  });

  test('a revisioned control plane injects istio.io/rev=<rev> namespaces, and istio-injection takes precedence over the revision label', () => {
    const mesh = resolveMesh({ ...ISTIO, revision: 'canary' });
    expect(injectPod(appPod(), 'team', { 'istio.io/rev': 'canary' }, mesh).membership).toBe('sidecar');
    expect(injectPod(appPod(), 'team', INJECTED_NS, mesh).membership).toBe('none');
    expect(injectPod(appPod(), 'team', { 'istio.io/rev': 'canary', 'istio-injection': 'enabled' }, mesh).membership).toBe('none');
    expect(injectPod(appPod({ labels: { 'istio.io/rev': 'canary' } }), 'team', {}, mesh).membership).toBe('sidecar');
  });

  test('Tencent Cloud Mesh ignores istio-injection: enabled and injects istio.io/rev=<revision> namespaces', () => {
    const mesh = resolveMesh(TCM);
    const ignored = injectPod(appPod(), 'team', INJECTED_NS, mesh);
    expect(ignored.membership).toBe('none');
    expect(ignored.reason).toMatch(/istio\.io\/rev=1-22-5/);
    expect(injectPod(appPod(), 'team', { 'istio.io/rev': '1-22-5' }, mesh).membership).toBe('sidecar');
    expect(injectPod(appPod(), 'team', { 'istio.io/rev': '1-8-1' }, mesh).membership).toBe('none');
    expect(() => resolveMesh({ ...TCM, revision: undefined })).toThrow(/revision/);
  });

  test('ambient: the namespace label puts pods in ztunnel\'s data plane, with no container added; dataplane-mode none opts a pod out', () => {
    const mesh = resolveMesh(AMBIENT);
    const pod = injectPod(appPod(), 'team', { 'istio.io/dataplane-mode': 'ambient' }, mesh);
    expect(pod.membership).toBe('ambient');
    expect(pod.pod.spec.containers.map((c: any) => c.name)).toEqual(['api']);
    expect(pod.pod.spec.initContainers).toBeUndefined();
    expect(injectPod(appPod({ labels: { 'istio.io/dataplane-mode': 'none' } }), 'team', { 'istio.io/dataplane-mode': 'ambient' }, mesh).membership).toBe('none');
    // A sidecar-injected namespace stays sidecar even with ambient installed.
    expect(injectPod(appPod(), 'team', INJECTED_NS, mesh).membership).toBe('sidecar');
  });

  test('no mesh installed: nothing is injected whatever the labels say', () => {
    expect(injectPod(appPod(), 'team', INJECTED_NS, undefined).membership).toBe('none');
  });
});

describe('injection: what the template writes |', () => {
  test('without the CNI agent: istio-init as root with NET_ADMIN and NET_RAW, istio-proxy as 1337, both <hub>/proxyv2:<tag>', () => {
    const { pod, injected } = injectPod(appPod(), 'team', INJECTED_NS, resolveMesh(ISTIO));
    expect(injected).toEqual(['istio-init', 'istio-proxy']);
    const init = byName(pod.spec.initContainers, 'istio-init');
    const proxy = byName(pod.spec.containers, 'istio-proxy');
    expect(init.image).toBe('docker.io/istio/proxyv2:1.24.2');
    expect(proxy.image).toBe('docker.io/istio/proxyv2:1.24.2');
    expect(init.securityContext).toEqual({ allowPrivilegeEscalation: false, privileged: false, capabilities: { add: ['NET_ADMIN', 'NET_RAW'], drop: ['ALL'] }, readOnlyRootFilesystem: false, runAsGroup: 0, runAsNonRoot: false, runAsUser: 0 });
    expect(proxy.securityContext).toEqual({ allowPrivilegeEscalation: false, capabilities: { drop: ['ALL'] }, privileged: false, readOnlyRootFilesystem: true, runAsGroup: 1337, runAsNonRoot: true, runAsUser: 1337 });
    expect(proxy.ports).toEqual([{ containerPort: 15090, protocol: 'TCP', name: 'http-envoy-prom' }]);
    expect(pod.metadata.labels['security.istio.io/tlsMode']).toBe('istio');
  });

  test('with the CNI agent: istio-validation, no capability added, running as 1337', () => {
    const { pod, injected } = injectPod(appPod(), 'team', INJECTED_NS, resolveMesh(ISTIO_CNI));
    expect(injected).toEqual(['istio-validation', 'istio-proxy']);
    expect(byName(pod.spec.initContainers, 'istio-validation').securityContext).toEqual({ allowPrivilegeEscalation: false, privileged: false, capabilities: { drop: ['ALL'] }, readOnlyRootFilesystem: true, runAsGroup: 1337, runAsUser: 1337, runAsNonRoot: true });
  });

  test('Pod Security restricted refuses istio-init and admits istio-validation (istio.io "Pod Security Admission")', () => {
    const plain = injectPod(appPod(), 'team', INJECTED_NS, resolveMesh(ISTIO)).pod;
    expect(evaluatePodSecurity(plain, 'restricted', 30).map((v) => v.check)).toEqual(['runAsNonRoot', 'runAsUser', 'capabilities_restricted']);
    expect(evaluatePodSecurity(plain, 'baseline', 30).map((v) => v.check)).toEqual(['capabilities_baseline']);
    const cni = injectPod(appPod(), 'team', INJECTED_NS, resolveMesh(ISTIO_CNI)).pod;
    expect(evaluatePodSecurity(cni, 'restricted', 30)).toEqual([]);
  });

  test('resources: Istio\'s defaults 100m/128Mi and 2000m/1024Mi for istio-proxy and the init container', () => {
    const { pod } = injectPod(appPod(), 'team', INJECTED_NS, resolveMesh(ISTIO_CNI));
    const expected = { requests: { cpu: '100m', memory: '128Mi' }, limits: { cpu: '2000m', memory: '1024Mi' } };
    expect(byName(pod.spec.containers, 'istio-proxy').resources).toEqual(expected);
    expect(byName(pod.spec.initContainers, 'istio-validation').resources).toEqual(expected);
  });

  test('resources: the proxyCPU/proxyMemory/...Limit annotations replace the defaults entirely, only with what they set', () => {
    const mesh = resolveMesh(ISTIO_CNI);
    const all = { 'sidecar.istio.io/proxyCPU': '50m', 'sidecar.istio.io/proxyMemory': '64Mi', 'sidecar.istio.io/proxyCPULimit': '500m', 'sidecar.istio.io/proxyMemoryLimit': '256Mi' };
    expect(proxyResources(all, mesh)).toEqual({ requests: { cpu: '50m', memory: '64Mi' }, limits: { cpu: '500m', memory: '256Mi' } });
    // One annotation: the others are NOT filled in from the defaults (the template's `else` branch is skipped).
    expect(proxyResources({ 'sidecar.istio.io/proxyCPU': '200m' }, mesh)).toEqual({ requests: { cpu: '200m' } });
    const { pod } = injectPod(appPod({ annotations: { 'sidecar.istio.io/proxyMemoryLimit': '512Mi' } }), 'team', INJECTED_NS, mesh);
    expect(byName(pod.spec.containers, 'istio-proxy').resources).toEqual({ limits: { memory: '512Mi' } });
  });

  test('images: a full reference in values.global.proxy.image is used verbatim; a variant suffixes the tag; the proxyImage annotation overrides', () => {
    const digest = 'docker.io/istio/proxyv2@sha256:' + 'c'.repeat(64);
    expect(proxyImageOf({ provider: 'istio', image: digest })).toBe(digest);
    expect(proxyImageOf({ ...ISTIO, variant: 'distroless' })).toBe('docker.io/istio/proxyv2:1.24.2-distroless');
    expect(proxyImageOf({ ...ISTIO, tag: '1.24.2-distroless', variant: 'default' })).toBe('docker.io/istio/proxyv2:1.24.2');
    const { pod } = injectPod(appPod({ annotations: { 'sidecar.istio.io/proxyImage': 'registry.example/proxy:x' } }), 'team', INJECTED_NS, resolveMesh(ISTIO));
    expect(byName(pod.spec.containers, 'istio-proxy').image).toBe('registry.example/proxy:x');
    expect(injectPod(appPod(), 'team', { 'istio.io/rev': '1-22-5' }, resolveMesh(TCM)).pod.spec.containers[1].image).toBe(TCM.image);
  });

  test('native sidecars: istio-proxy becomes a restartable init container', () => {
    const { pod } = injectPod(appPod(), 'team', INJECTED_NS, resolveMesh({ ...ISTIO_CNI, nativeSidecars: true }));
    expect(pod.spec.containers.map((c: any) => c.name)).toEqual(['api']);
    expect(pod.spec.initContainers.map((c: any) => [c.name, c.restartPolicy])).toEqual([['istio-validation', undefined], ['istio-proxy', 'Always']]);
  });

  test('TPROXY interception runs the proxy as root with NET_ADMIN; interceptionMode NONE drops the init container', () => {
    const mesh = resolveMesh(ISTIO_CNI);
    const tproxy = injectPod(appPod({ annotations: { 'sidecar.istio.io/interceptionMode': 'TPROXY' } }), 'team', INJECTED_NS, mesh).pod;
    expect(byName(tproxy.spec.containers, 'istio-proxy').securityContext).toMatchObject({ capabilities: { add: ['NET_ADMIN'], drop: ['ALL'] }, runAsUser: 0, runAsNonRoot: false });
    const none = injectPod(appPod({ annotations: { 'sidecar.istio.io/interceptionMode': 'NONE' } }), 'team', INJECTED_NS, mesh).pod;
    expect(none.spec.initContainers).toEqual([]);
  });

  test('merged metrics: the injector points prometheus.io annotations at the agent on 15020 unless the pod opts out', () => {
    const mesh = resolveMesh(ISTIO_CNI);
    expect(injectPod(appPod(), 'team', INJECTED_NS, mesh).pod.metadata.annotations).toMatchObject({ 'prometheus.io/port': '15020', 'prometheus.io/path': '/stats/prometheus' });
    expect(injectPod(appPod({ annotations: { 'prometheus.istio.io/merge-metrics': 'false' } }), 'team', INJECTED_NS, mesh).pod.metadata.annotations['prometheus.io/port']).toBeUndefined();
  });

  test('the input pod is not changed', () => {
    const input = appPod();
    const before = JSON.stringify(input);
    injectPod(input, 'team', INJECTED_NS, resolveMesh(ISTIO));
    expect(JSON.stringify(input)).toBe(before);
  });
});
