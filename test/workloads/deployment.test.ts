// HardenedDeployment: the default output, checked three ways: a whole-manifest snapshot, explicit
// assertions on every security field (so a snapshot update cannot quietly drop hardening), and
// the real audit engine.
import { Testing } from 'cdk8s';
import { SERVICE_CONTROLS, expectCompliant, one, ofKind } from './support/compliance';
import { StubTenant, imageOf } from './support/stub-tenant';
import { SUPPRESS_ANNOTATION, audit } from '../../lib/policy';
import { HardenedDeployment, ZoneSpread } from '../../lib/workloads';

function minimal(mesh = true) {
  const app = Testing.app();
  const tenant = new StubTenant(app, 'payments', { mesh });
  const api = new HardenedDeployment(tenant, 'api', {
    image: imageOf('payments'),
    port: 8080,
    resources: { cpu: '500m', memory: '512Mi' },
  });
  return { app, tenant, api, objects: tenant.toJson() as Array<Record<string, any>> };
}

describe('HardenedDeployment |', () => {
  test('default output matches the snapshot', () => {
    expect(minimal().objects).toMatchSnapshot();
  });

  test('emits exactly the companion objects', () => {
    const { objects, api, tenant } = minimal();
    expect(api.enclosingTenant).toBe(tenant);
    expect(objects.map((o) => `${o.apiVersion} ${o.kind} ${o.metadata.name}`)).toEqual([
      'v1 ServiceAccount api',
      'networking.k8s.io/v1 NetworkPolicy api',
      'security.istio.io/v1 AuthorizationPolicy api',
      'monitoring.coreos.com/v1 PrometheusRule api-availability',
      'apps/v1 Deployment api',
      'v1 Service api',
      'policy/v1 PodDisruptionBudget api',
      'autoscaling/v2 HorizontalPodAutoscaler api',
    ]);
    expect(objects.every((o) => o.metadata.namespace === 'payments')).toBe(true);
  });

  test('pod and container security contexts are restricted', () => {
    const pod = one(minimal().objects, 'Deployment').spec.template.spec;
    expect(pod.securityContext).toEqual({
      runAsNonRoot: true,
      runAsUser: 65532,
      runAsGroup: 65532,
      fsGroup: 65532,
      fsGroupChangePolicy: 'OnRootMismatch',
      seccompProfile: { type: 'RuntimeDefault' },
    });
    expect(pod.automountServiceAccountToken).toBe(false);
    expect(pod.serviceAccountName).toBe('api');
    expect(pod.hostNetwork).toBeUndefined();
    expect(pod.hostPID).toBeUndefined();
    expect(pod.hostIPC).toBeUndefined();
    expect(pod.containers).toHaveLength(1);
    const c = pod.containers[0];
    expect(c.securityContext).toEqual({
      allowPrivilegeEscalation: false,
      privileged: false,
      readOnlyRootFilesystem: true,
      runAsNonRoot: true,
      runAsUser: 65532,
      runAsGroup: 65532,
      capabilities: { drop: ['ALL'] },
      seccompProfile: { type: 'RuntimeDefault' },
    });
    expect(c.ports).toEqual([{ name: 'http', containerPort: 8080, protocol: 'TCP' }]);
    expect(c.ports.some((p: any) => p.hostPort)).toBe(false);
    expect(c.resources).toEqual({ requests: { cpu: '500m', memory: '512Mi' }, limits: { cpu: '500m', memory: '512Mi' } });
    // Digest-pinned: the cache is always right (KW-IMG-004).
    expect(c.imagePullPolicy).toBe('IfNotPresent');
    expect(pod.volumes).toBeUndefined();
  });

  test('probes: startup, readiness and liveness, TCP by default, HTTP with a path', () => {
    const c = one(minimal().objects, 'Deployment').spec.template.spec.containers[0];
    for (const p of ['startupProbe', 'readinessProbe', 'livenessProbe']) expect(c[p].tcpSocket).toEqual({ port: 8080 });
    expect(c.startupProbe.failureThreshold * c.startupProbe.periodSeconds).toBe(300);

    const app = Testing.app();
    const t = new StubTenant(app, 'payments');
    new HardenedDeployment(t, 'api', { image: imageOf('payments'), port: 8080, resources: { cpu: '1', memory: '1Gi' }, probes: { path: '/ready', livenessPath: '/live' } });
    const h = one(t.toJson(), 'Deployment').spec.template.spec.containers[0];
    expect(h.readinessProbe.httpGet).toEqual({ path: '/ready', port: 8080, scheme: 'HTTP' });
    expect(h.livenessProbe.httpGet.path).toBe('/live');
    expect(h.startupProbe.httpGet.path).toBe('/live');
  });

  test('the default HPA maximum (3 x replicas) is capped at 1000, the bound an explicit maxReplicas must respect', () => {
    for (const [replicas, max] of [[300, 900], [334, 1000], [400, 1000], [1000, 1000]]) {
      const tenant = new StubTenant(Testing.app(), 'payments');
      new HardenedDeployment(tenant, 'api', { image: imageOf('payments'), port: 8080, resources: { cpu: '100m', memory: '128Mi' }, replicas });
      expect(one(tenant.toJson() as Array<Record<string, any>>, 'HorizontalPodAutoscaler').spec).toMatchObject({ minReplicas: replicas, maxReplicas: max });
    }
  });

  test('replicas: HPA minimum 3, spec.replicas left to the HPA, zone and host spreading on the pod labels', () => {
    const { objects, api } = minimal();
    const d = one(objects, 'Deployment');
    const hpa = one(objects, 'HorizontalPodAutoscaler');
    expect(api.replicas).toBe(3);
    expect(d.spec.replicas).toBeUndefined();
    expect(hpa.spec).toMatchObject({ minReplicas: 3, maxReplicas: 9, scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: 'api' } });
    const labels = d.spec.template.metadata.labels;
    expect(d.spec.selector.matchLabels).toEqual({ 'app.kubernetes.io/name': 'api', 'kubeward.dev/workload': 'api' });
    for (const [k, v] of Object.entries(d.spec.selector.matchLabels)) expect(labels[k]).toBe(v);
    const spread = d.spec.template.spec.topologySpreadConstraints;
    expect(spread.map((s: any) => [s.topologyKey, s.whenUnsatisfiable, s.maxSkew])).toEqual([
      ['topology.kubernetes.io/zone', 'DoNotSchedule', 1],
      ['kubernetes.io/hostname', 'ScheduleAnyway', 1],
    ]);
    for (const s of spread) expect(s.labelSelector.matchLabels).toEqual(d.spec.selector.matchLabels);
    expect(d.spec.strategy.rollingUpdate.maxUnavailable).toBe(0);
  });

  test('autoscaling off pins spec.replicas and writes no HPA', () => {
    const app = Testing.app();
    const t = new StubTenant(app, 'payments');
    new HardenedDeployment(t, 'api', { image: imageOf('payments'), port: 8080, resources: { cpu: '1', memory: '1Gi' }, replicas: 4, autoscaling: false, zoneSpread: ZoneSpread.PREFERRED });
    const objects = t.toJson();
    expect(ofKind(objects, 'HorizontalPodAutoscaler')).toEqual([]);
    const d = one(objects, 'Deployment');
    expect(d.spec.replicas).toBe(4);
    expect(d.spec.template.spec.topologySpreadConstraints[0].whenUnsatisfiable).toBe('ScheduleAnyway');
    expectCompliant(objects, SERVICE_CONTROLS.filter((c) => c !== 'KW-HA-007'));
  });

  test('PodDisruptionBudget always allows one voluntary eviction', () => {
    const pdb = one(minimal().objects, 'PodDisruptionBudget');
    expect(pdb.spec).toEqual({
      maxUnavailable: 1,
      selector: { matchLabels: { 'app.kubernetes.io/name': 'api', 'kubeward.dev/workload': 'api' } },
      unhealthyPodEvictionPolicy: 'AlwaysAllow',
    });
  });

  test('ServiceAccount has token automount off; Service is ClusterIP on the named port', () => {
    const { objects } = minimal();
    expect(one(objects, 'ServiceAccount').automountServiceAccountToken).toBe(false);
    const svc = one(objects, 'Service');
    expect(svc.spec.type).toBe('ClusterIP');
    expect(svc.spec.ports).toEqual([{ name: 'http', port: 8080, targetPort: 'http', protocol: 'TCP' }]);
    expect(svc.spec.selector).toEqual({ 'app.kubernetes.io/name': 'api', 'kubeward.dev/workload': 'api' });
  });

  test('NetworkPolicy admits nobody and allows only DNS until peers are named', () => {
    const np = one(minimal().objects, 'NetworkPolicy');
    expect(np.spec.policyTypes).toEqual(['Ingress', 'Egress']);
    expect(np.spec.podSelector.matchLabels).toEqual({ 'app.kubernetes.io/name': 'api', 'kubeward.dev/workload': 'api' });
    expect(np.spec.ingress).toEqual([]);
    expect(np.spec.egress).toEqual([
      {
        to: [{ namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'kube-system' } }, podSelector: { matchLabels: { 'k8s-app': 'kube-dns' } } }],
        ports: [{ port: 53, protocol: 'UDP' }, { port: 53, protocol: 'TCP' }],
      },
    ]);
    const ap = one(minimal().objects, 'AuthorizationPolicy');
    expect(ap.spec).toEqual({ selector: { matchLabels: np.spec.podSelector.matchLabels }, action: 'ALLOW', rules: [] });
  });

  test('no AuthorizationPolicy when the tenant runs without the mesh', () => {
    expect(ofKind(minimal(false).objects, 'AuthorizationPolicy')).toEqual([]);
  });

  test('ownership labels on every object', () => {
    for (const o of minimal().objects) {
      expect(o.metadata.labels).toMatchObject({ 'app.kubernetes.io/name': 'api', 'owner': 'payments', 'app.kubernetes.io/managed-by': 'kubeward' });
    }
  });

  test('alerts carry severity and summary', () => {
    const rule = one(minimal().objects, 'PrometheusRule');
    const rules = rule.spec.groups.flatMap((g: any) => g.rules);
    expect(rules.length).toBeGreaterThanOrEqual(2);
    // Recording rules (the anomaly baseline, anomaly.test.ts) carry no severity or summary.
    for (const r of rules.filter((x: any) => x.alert)) {
      expect(r.labels.severity).toMatch(/^(critical|warning)$/);
      expect(r.annotations.summary).toContain('payments/api');
      // Availability rules select the Deployment; anomaly rules the workload's recorded series.
      expect(r.expr).toMatch(/deployment="api"|workload="api"/);
    }
  });

  // In the mesh (this stub tenant's default) STRICT mTLS refuses a plaintext scrape of 9090: the
  // scraper reads Istio's merged metrics on 15020 instead (see mesh-sidecar.test.ts for the rest).
  test('metrics port adds a ServiceMonitor that selects the Service, and admits the scraper on the merged-metrics port only', () => {
    const app = Testing.app();
    const t = new StubTenant(app, 'payments');
    new HardenedDeployment(t, 'api', { image: imageOf('payments'), port: 8080, metricsPort: 9090, resources: { cpu: '1', memory: '1Gi' } });
    const objects = t.toJson();
    const sm = one(objects, 'ServiceMonitor');
    const svc = one(objects, 'Service');
    for (const [k, v] of Object.entries(sm.spec.selector.matchLabels)) expect(svc.metadata.labels[k]).toBe(v);
    expect(sm.spec.endpoints).toMatchObject([{ port: 'metrics', path: '/stats/prometheus', interval: '30s', scheme: 'http', relabelings: [{ targetLabel: '__address__', replacement: '$1:15020' }] }]);
    expect(svc.spec.ports.map((p: any) => p.name)).toEqual(['http', 'metrics']);
    const np = one(objects, 'NetworkPolicy');
    expect(np.spec.ingress).toEqual([{ from: [{ namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'monitoring' } } }], ports: [{ port: 15020, protocol: 'TCP' }] }]);
    expect(one(objects, 'AuthorizationPolicy').spec.rules).toEqual([]);
    expectCompliant(objects, [...SERVICE_CONTROLS, 'KW-MON-001']);
  });

  test('writable paths become bounded emptyDirs; secrets are mounted read-only files', () => {
    const app = Testing.app();
    const t = new StubTenant(app, 'payments');
    new HardenedDeployment(t, 'api', {
      image: imageOf('payments'),
      port: 8080,
      resources: { cpu: '1', memory: '1Gi' },
      writablePaths: ['/tmp', '/var/cache/app'],
      secretMounts: [{ secretName: 'db-credentials', mountPath: '/etc/secrets/db' }],
      env: { LOG_LEVEL: 'info', DB_PASSWORD_FILE: '/etc/secrets/db/password' },
    });
    const objects = t.toJson();
    const pod = one(objects, 'Deployment').spec.template.spec;
    expect(pod.volumes).toEqual([
      { name: 'writable-0', emptyDir: { sizeLimit: '256Mi' } },
      { name: 'writable-1', emptyDir: { sizeLimit: '256Mi' } },
      { name: 'secret-0', secret: { secretName: 'db-credentials', defaultMode: 0o440 } },
    ]);
    expect(pod.containers[0].volumeMounts).toEqual([
      { name: 'writable-0', mountPath: '/tmp' },
      { name: 'writable-1', mountPath: '/var/cache/app' },
      { name: 'secret-0', mountPath: '/etc/secrets/db', readOnly: true },
    ]);
    expect(pod.containers[0].securityContext.readOnlyRootFilesystem).toBe(true);
    expectCompliant(objects, SERVICE_CONTROLS);
  });

  test('default output passes every applicable control with zero suppressions', () => {
    const { objects } = minimal();
    expect(objects.some((o) => o.metadata.annotations?.[SUPPRESS_ANNOTATION])).toBe(false);
    expectCompliant(objects, [...SERVICE_CONTROLS, 'KW-MESH-003', 'KW-MESH-006']);
    expectCompliant(minimal(false).objects, SERVICE_CONTROLS);
  });

  test('a tag-only image is accepted only with a reasoned KW-IMG-002 suppression, which the audit reports', () => {
    const app = Testing.app();
    const t = new StubTenant(app, 'payments');
    new HardenedDeployment(t, 'api', {
      image: 'ccr.ccs.tencentyun.com/payments/api:1.4.2',
      port: 8080,
      resources: { cpu: '1', memory: '1Gi' },
      suppressions: [{ id: 'KW-IMG-002', reason: 'staging only; release pipeline pins digests' }],
    });
    const objects = t.toJson();
    const d = one(objects, 'Deployment');
    expect(d.metadata.annotations[SUPPRESS_ANNOTATION]).toBe('KW-IMG-002: staging only; release pipeline pins digests');
    // A mutable tag must be re-pulled (KW-IMG-004).
    expect(d.spec.template.spec.containers[0].imagePullPolicy).toBe('Always');
    const report = audit(objects);
    expect(report.errors).toEqual([]);
    expect(report.findings.filter((f) => !f.suppressed)).toEqual([]);
    expect(report.controls.find((c) => c.id === 'KW-IMG-002')!.status).toBe('suppressed');
  });

  test('outside a tenant: explicit namespace and registries, mesh off by default', () => {
    const chart = Testing.chart();
    const api = new HardenedDeployment(chart, 'api', {
      namespace: 'shop',
      trustedRegistries: ['ccr.ccs.tencentyun.com/shop'],
      image: imageOf('shop'),
      port: 8080,
      resources: { cpu: '1', memory: '1Gi' },
    });
    expect(api.meshEnabled).toBe(false);
    expect(api.enclosingTenant).toBeUndefined();
    const objects = Testing.synth(chart);
    expect(objects.every((o) => o.metadata.namespace === 'shop')).toBe(true);
    expect(ofKind(objects, 'AuthorizationPolicy')).toEqual([]);
    expectCompliant(objects, SERVICE_CONTROLS);
  });

  test('a worker without a port uses command probes and has no Service', () => {
    const app = Testing.app();
    const t = new StubTenant(app, 'payments');
    new HardenedDeployment(t, 'worker', { image: imageOf('payments', 'worker'), resources: { cpu: '1', memory: '1Gi' }, probes: { command: ['/app/healthcheck'] } });
    const objects = t.toJson();
    expect(ofKind(objects, 'Service')).toEqual([]);
    const c = one(objects, 'Deployment').spec.template.spec.containers[0];
    expect(c.readinessProbe.exec).toEqual({ command: ['/app/healthcheck'] });
    expect(c.ports).toBeUndefined();
    expectCompliant(objects, SERVICE_CONTROLS.filter((id) => !['KW-NET-007', 'KW-NET-008', 'KW-NET-010'].includes(id)));
  });
});
