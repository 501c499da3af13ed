// The catalogue of bad inputs: each one must be answered by a KubewardError that names the
// construct path, the prop and a fix, before anything is added to the tree.
import { Chart, Testing } from 'cdk8s';
import { StubTenant, imageOf } from './support/stub-tenant';
import { KubewardError } from '../../lib/core/errors';
import { TenantPeer } from '../../lib/network';
import { SecureTenant } from '../../lib/tenancy';
import { HardenedCronJob, HardenedDeployment, HardenedStatefulSet, ExternalPeer, ZoneSpread } from '../../lib/workloads';

const IMAGE = imageOf('payments');
const RES = { cpu: '250m', memory: '256Mi' };
const OK = { image: IMAGE, port: 8080, resources: RES };

interface Ctx {
  readonly tenant: StubTenant;
  /** A real SecureTenant with a small quota and LimitRange. */
  readonly small: SecureTenant;
  readonly other: StubTenant;
  readonly plain: Chart;
  /** A SecureTenant in the same App with room for pods and these quota props. */
  readonly tight: (quota: Record<string, unknown>) => SecureTenant;
}

interface BadInput {
  /** What is wrong. */
  readonly name: string;
  /** The prop the error must name. */
  readonly prop: string | RegExp;
  /** Path the error must name (default: the construct being created in the tenant). */
  readonly path?: string | RegExp;
  /** Does the bad thing. */
  readonly run: (ctx: Ctx) => unknown;
}

const dep = (ctx: Ctx, props: Record<string, unknown>, id = 'api') => new HardenedDeployment(ctx.tenant, id, { ...OK, ...props } as never);
const sts = (ctx: Ctx, props: Record<string, unknown>) => new HardenedStatefulSet(ctx.tenant, 'db', { ...OK, ...props } as never);
const job = (ctx: Ctx, props: Record<string, unknown>) => new HardenedCronJob(ctx.tenant, 'job', { image: IMAGE, resources: RES, schedule: '@daily', ...props } as never);

const CASES: BadInput[] = [
  // image
  { name: 'tag-only image', prop: 'image', run: (c) => dep(c, { image: 'ccr.ccs.tencentyun.com/payments/api:1.2.3' }) },
  { name: 'image without tag or digest', prop: 'image', run: (c) => dep(c, { image: 'ccr.ccs.tencentyun.com/payments/api' }) },
  { name: 'latest tag even with KW-IMG-002 suppressed', prop: 'image', run: (c) => dep(c, { image: 'ccr.ccs.tencentyun.com/payments/api:latest', suppressions: [{ id: 'KW-IMG-002', reason: 'staging cluster only' }] }) },
  { name: 'image from a foreign registry', prop: 'image', run: (c) => dep(c, { image: `docker.io/library/nginx@sha256:${'a'.repeat(64)}` }) },
  { name: 'image from another tenant\'s repository path', prop: 'image', run: (c) => dep(c, { image: imageOf('other') }) },
  { name: 'implicit Docker Hub image', prop: 'image', run: (c) => dep(c, { image: `nginx@sha256:${'a'.repeat(64)}` }) },
  { name: 'truncated digest', prop: 'image', run: (c) => dep(c, { image: 'ccr.ccs.tencentyun.com/payments/api@sha256:abc' }) },
  { name: 'uppercase digest', prop: 'image', run: (c) => dep(c, { image: `ccr.ccs.tencentyun.com/payments/api@sha256:${'A'.repeat(64)}` }) },
  { name: 'uppercase repository', prop: 'image', run: (c) => dep(c, { image: `ccr.ccs.tencentyun.com/payments/API@sha256:${'a'.repeat(64)}` }) },
  { name: 'image with whitespace', prop: 'image', run: (c) => dep(c, { image: ` ${IMAGE}` }) },
  { name: 'image is a number', prop: 'image', run: (c) => dep(c, { image: 42 }) },
  { name: 'image missing', prop: 'image', run: (c) => dep(c, { image: undefined }) },
  // identity
  { name: 'runAsUser 0', prop: 'runAsUser', run: (c) => dep(c, { runAsUser: 0 }) },
  { name: 'runAsUser non-numeric', prop: 'runAsUser', run: (c) => dep(c, { runAsUser: 'app' }) },
  { name: 'runAsUser fractional', prop: 'runAsUser', run: (c) => dep(c, { runAsUser: 1000.5 }) },
  { name: 'runAsGroup negative', prop: 'runAsGroup', run: (c) => dep(c, { runAsGroup: -1 }) },
  { name: 'runAsGroup 0', prop: 'runAsGroup', run: (c) => dep(c, { runAsGroup: 0 }) },
  // ports
  { name: 'port out of range', prop: 'port', run: (c) => dep(c, { port: 70000 }) },
  { name: 'privileged port for a non-root process', prop: 'port', run: (c) => dep(c, { port: 80 }) },
  { name: 'port as a string', prop: 'port', run: (c) => dep(c, { port: '8080' }) },
  { name: 'servicePort out of range', prop: 'servicePort', run: (c) => dep(c, { servicePort: 0 }) },
  { name: 'servicePort without port', prop: 'servicePort', run: (c) => dep(c, { port: undefined, servicePort: 80, probes: { command: ['/ok'] } }) },
  { name: 'metrics on the application port', prop: 'metricsPort', run: (c) => dep(c, { metricsPort: 8080 }) },
  { name: 'servicePort equal to metricsPort (duplicate Service port)', prop: 'servicePort', run: (c) => dep(c, { servicePort: 9090, metricsPort: 9090 }) },
  { name: 'metricsPath without metricsPort', prop: 'metricsPath', run: (c) => dep(c, { metricsPath: '/stats' }) },
  { name: 'metrics path not starting with /', prop: 'metricsPath', run: (c) => dep(c, { metricsPort: 9090, metricsPath: 'metrics' }) },
  { name: 'unknown appProtocol', prop: 'appProtocol', run: (c) => dep(c, { appProtocol: 'udp' }) },
  // resources
  { name: 'cpu unparseable', prop: 'resources.cpu', run: (c) => dep(c, { resources: { cpu: 'lots', memory: '1Gi' } }) },
  { name: 'memory unparseable', prop: 'resources.memory', run: (c) => dep(c, { resources: { cpu: '1', memory: '1 GB' } }) },
  { name: 'cpu zero', prop: 'resources.cpu', run: (c) => dep(c, { resources: { cpu: '0', memory: '1Gi' } }) },
  { name: 'memory negative', prop: 'resources.memory', run: (c) => dep(c, { resources: { cpu: '1', memory: '-1Gi' } }) },
  { name: 'cpu limit below request', prop: 'resources.cpuLimit', run: (c) => dep(c, { resources: { cpu: '1', memory: '1Gi', cpuLimit: '500m' } }) },
  { name: 'memory limit below request', prop: 'resources.memoryLimit', run: (c) => dep(c, { resources: { cpu: '1', memory: '1Gi', memoryLimit: '1000Mi' } }) },
  { name: 'resources missing', prop: 'resources', run: (c) => dep(c, { resources: undefined }) },
  // replicas and autoscaling
  { name: 'one replica', prop: 'replicas', run: (c) => dep(c, { replicas: 1 }) },
  { name: 'zero replicas', prop: 'replicas', run: (c) => sts(c, { replicas: 0 }) },
  { name: 'HPA max below min', prop: 'autoscaling.maxReplicas', run: (c) => dep(c, { replicas: 4, autoscaling: { maxReplicas: 3 } }) },
  { name: 'HPA max above 1000', prop: 'autoscaling.maxReplicas', run: (c) => dep(c, { replicas: 400, autoscaling: { maxReplicas: 1001 } }) },
  { name: 'replicas above 1000', prop: 'replicas', run: (c) => dep(c, { replicas: 1001 }) },
  { name: 'HPA target utilization above 100%', prop: 'autoscaling.cpuUtilization', run: (c) => dep(c, { autoscaling: { cpuUtilization: 150 } }) },
  { name: 'unknown zone spread', prop: 'zoneSpread', run: (c) => dep(c, { zoneSpread: 'sometimes' as ZoneSpread }) },
  // filesystem
  { name: 'writable path not absolute', prop: 'writablePaths[0]', run: (c) => dep(c, { writablePaths: ['tmp'] }) },
  { name: 'writable path is the root', prop: 'writablePaths[0]', run: (c) => dep(c, { writablePaths: ['/'] }) },
  { name: 'writable path escapes with ..', prop: 'writablePaths[1]', run: (c) => dep(c, { writablePaths: ['/tmp', '/var/../etc'] }) },
  { name: 'writable paths nested', prop: 'writablePaths', run: (c) => dep(c, { writablePaths: ['/var/cache', '/var/cache/app'] }) },
  { name: 'writable size limit unparseable', prop: 'writablePathSizeLimit', run: (c) => dep(c, { writablePaths: ['/tmp'], writablePathSizeLimit: 'big' }) },
  { name: 'secret mount with an invalid Secret name', prop: 'secretMounts[0].secretName', run: (c) => dep(c, { secretMounts: [{ secretName: 'DB_Creds', mountPath: '/etc/db' }] }) },
  { name: 'volume mounted inside a writable path', prop: 'volumes[0].mountPath', run: (c) => sts(c, { writablePaths: ['/data'], volumes: [{ name: 'data', mountPath: '/data/pg', size: '1Gi' }] }) },
  { name: 'volume size unparseable', prop: 'volumes[0].size', run: (c) => sts(c, { volumes: [{ name: 'data', mountPath: '/data', size: 'ten gigs' }] }) },
  { name: 'volume names twice', prop: 'volumes[1].name', run: (c) => sts(c, { volumes: [{ name: 'data', mountPath: '/a', size: '1Gi' }, { name: 'data', mountPath: '/b', size: '1Gi' }] }) },
  // probes
  { name: 'probe path not starting with /', prop: 'probes.path', run: (c) => dep(c, { probes: { path: 'healthz' } }) },
  { name: 'liveness path with a space', prop: 'probes.livenessPath', run: (c) => dep(c, { probes: { livenessPath: '/health z' } }) },
  { name: 'no port and no probe command', prop: 'probes', run: (c) => dep(c, { port: undefined }) },
  { name: 'empty probe command', prop: 'probes.command', run: (c) => dep(c, { probes: { command: [] } }) },
  { name: 'startup timeout too short', prop: 'probes.startupTimeoutSeconds', run: (c) => dep(c, { probes: { startupTimeoutSeconds: 1 } }) },
  // names and labels
  { name: 'name not RFC 1123', prop: 'name', run: (c) => dep(c, { name: 'Payments_API' }) },
  { name: 'name starting with a digit (not a valid Service name)', prop: 'name', run: (c) => dep(c, { name: '1api' }) },
  { name: 'name longer than 63', prop: 'name', run: (c) => dep(c, { name: 'a'.repeat(64) }) },
  { name: 'CronJob name longer than 52', prop: 'name', run: (c) => job(c, { name: 'j'.repeat(53) }) },
  { name: 'construct id that is not a valid name', prop: 'name', path: /My_Api/, run: (c) => new HardenedDeployment(c.tenant, 'My_Api', OK) },
  { name: 'duplicate workload name in a namespace', prop: 'name', path: /api2$/, run: (c) => { dep(c, {}); dep(c, { name: 'api' }, 'api2'); } },
  { name: 'label overriding the selector', prop: 'labels.app.kubernetes.io/name', run: (c) => dep(c, { labels: { 'app.kubernetes.io/name': 'x' } }) },
  { name: 'label value too long', prop: 'labels.team', run: (c) => dep(c, { labels: { team: 'x'.repeat(64) } }) },
  { name: 'owner not a label value', prop: 'owner', run: (c) => dep(c, { owner: 'the payments team' }) },
  // env and suppressions
  { name: 'credential in a plain environment variable', prop: 'env.DB_PASSWORD', run: (c) => dep(c, { env: { DB_PASSWORD: 'hunter2' } }) },
  { name: 'private key in an environment variable', prop: 'env.TLS', run: (c) => dep(c, { env: { TLS: '-----BEGIN RSA PRIVATE KEY-----\nMIIE' } }) },
  { name: 'invalid environment variable name', prop: 'env.1BAD', run: (c) => dep(c, { env: { '1BAD': 'x' } }) },
  { name: 'suppression of an unknown control', prop: 'suppressions[0].id', run: (c) => dep(c, { suppressions: [{ id: 'KW-IMG-999', reason: 'a long enough reason' }] }) },
  { name: 'suppression without a real reason', prop: 'suppressions[0].reason', run: (c) => dep(c, { suppressions: [{ id: 'KW-IMG-002', reason: 'because' }] }) },
  { name: 'suppression of an unsuppressible control', prop: 'suppressions[0].id', run: (c) => dep(c, { suppressions: [{ id: 'KW-POD-001', reason: 'we really need it' }] }) },
  { name: 'the same control suppressed twice', prop: 'suppressions[1].id', run: (c) => dep(c, { suppressions: [{ id: 'KW-IMG-002', reason: 'first reason here' }, { id: 'KW-IMG-002', reason: 'second reason here' }] }) },
  // placement
  { name: 'missing namespace outside a tenant', prop: 'namespace', path: /api$/, run: (c) => new HardenedDeployment(c.plain, 'api', { ...OK, trustedRegistries: ['ccr.ccs.tencentyun.com'] }) },
  { name: 'missing trusted registries outside a tenant', prop: 'trustedRegistries', path: /api$/, run: (c) => new HardenedDeployment(c.plain, 'api', { ...OK, namespace: 'payments' }) },
  { name: 'default namespace outside a tenant', prop: 'namespace', path: /api$/, run: (c) => new HardenedDeployment(c.plain, 'api', { ...OK, namespace: 'default', trustedRegistries: ['ccr.ccs.tencentyun.com'] }) },
  { name: 'namespace that differs from the tenant', prop: 'namespace', run: (c) => dep(c, { namespace: 'other' }) },
  { name: 'mesh switched off inside a meshed tenant', prop: 'mesh', run: (c) => dep(c, { mesh: false }) },
  { name: 'registries wider than the tenant trusts', prop: 'trustedRegistries[0]', run: (c) => dep(c, { trustedRegistries: ['docker.io'] }) },
  { name: 'a wildcard registry outside a tenant', prop: 'trustedRegistries[0]', path: /api$/, run: (c) => new HardenedDeployment(c.plain, 'api', { ...OK, namespace: 'payments', trustedRegistries: ['*.com'] }) },
  { name: 'a registry port above 65535 outside a tenant', prop: 'trustedRegistries[0]', path: /api$/, run: (c) => new HardenedDeployment(c.plain, 'api', { ...OK, namespace: 'payments', trustedRegistries: ['registry.example.com:99999/payments'] }) },
  { name: 'a registry port 0 outside a tenant', prop: 'trustedRegistries[0]', path: /api$/, run: (c) => new HardenedDeployment(c.plain, 'api', { ...OK, namespace: 'payments', trustedRegistries: ['localhost:0'] }) },
  { name: 'a registry without a domain outside a tenant', prop: 'trustedRegistries[0]', path: /api$/, run: (c) => new HardenedDeployment(c.plain, 'api', { ...OK, namespace: 'payments', trustedRegistries: ['registry'] }) },
  { name: 'a registry with a scheme outside a tenant', prop: 'trustedRegistries[0]', path: /api$/, run: (c) => new HardenedDeployment(c.plain, 'api', { ...OK, namespace: 'payments', trustedRegistries: ['https://ccr.ccs.tencentyun.com'] }) },
  { name: 'a registry listed twice outside a tenant', prop: 'trustedRegistries[1]', path: /api$/, run: (c) => new HardenedDeployment(c.plain, 'api', { ...OK, namespace: 'payments', trustedRegistries: ['ccr.ccs.tencentyun.com', 'ccr.ccs.tencentyun.com'] }) },
  { name: 'an empty registry list outside a tenant', prop: 'trustedRegistries', path: /api$/, run: (c) => new HardenedDeployment(c.plain, 'api', { ...OK, namespace: 'payments', trustedRegistries: [] }) },
  { name: 'a wildcard registry narrowing a tenant', prop: 'trustedRegistries[0]', run: (c) => dep(c, { trustedRegistries: ['*.tencentyun.com'] }) },
  { name: 'a registry port above 65535 narrowing a tenant', prop: 'trustedRegistries[0]', run: (c) => dep(c, { trustedRegistries: ['ccr.ccs.tencentyun.com:99999/payments'] }) },
  { name: 'an empty list narrowing a tenant (no image could be trusted)', prop: 'trustedRegistries', run: (c) => dep(c, { trustedRegistries: [] }) },
  // CronJob
  { name: 'CronJob schedule with six fields', prop: 'schedule', path: /job$/, run: (c) => job(c, { schedule: '0 0 * * * *' }) },
  { name: 'CronJob schedule out of range', prop: 'schedule', path: /job$/, run: (c) => job(c, { schedule: '61 * * * *' }) },
  { name: 'CronJob schedule with an unknown macro', prop: 'schedule', path: /job$/, run: (c) => job(c, { schedule: '@fortnightly' }) },
  { name: 'CronJob schedule with an embedded time zone', prop: 'schedule', path: /job$/, run: (c) => job(c, { schedule: 'CRON_TZ=UTC 0 3 * * *' }) },
  { name: 'CronJob with an invalid time zone', prop: 'timeZone', path: /job$/, run: (c) => job(c, { timeZone: 'not a zone' }) },
  { name: 'CronJob in an invented time zone', prop: 'timeZone', path: /job$/, run: (c) => job(c, { timeZone: 'Mars/Olympus' }) },
  { name: 'CronJob schedule that never fires', prop: 'schedule', path: /job$/, run: (c) => job(c, { schedule: '0 0 31 2 *' }) },
  { name: 'CronJob schedule on day-of-week 7', prop: 'schedule', path: /job$/, run: (c) => job(c, { schedule: '0 0 * * 7' }) },
  { name: 'CronJob schedule with a line break', prop: 'schedule', path: /job$/, run: (c) => job(c, { schedule: '0 0 * *\n*' }) },
  { name: 'CronJob with a negative deadline', prop: 'activeDeadlineSeconds', path: /job$/, run: (c) => job(c, { activeDeadlineSeconds: -5 }) },
  // connections
  { name: 'duplicate peer', prop: 'allowFrom', path: /api$/, run: (c) => { const a = dep(c, {}); const g = dep(c, {}, 'gw'); a.allowFrom(g); a.allowFrom(g); } },
  { name: 'the same pair from both ends', prop: 'allowTo', path: /gw$/, run: (c) => { const a = dep(c, {}); const g = dep(c, {}, 'gw'); a.allowFrom(g); g.allowTo(a); } },
  { name: 'a Deployment allowing itself', prop: 'allowFrom', path: /api$/, run: (c) => { const a = dep(c, {}); a.allowFrom(a); } },
  { name: 'allowFrom on a CronJob (nothing to admit)', prop: 'allowFrom', path: /job$/, run: (c) => { const j = job(c, {}); j.allowFrom(dep(c, {})); } },
  { name: 'allowTo an address range without ports', prop: 'allowTo.ports', path: /api$/, run: (c) => dep(c, {}).allowTo(ExternalPeer.cidr('10.0.0.0/8')) },
  { name: 'allowTo a port the target does not serve', prop: 'allowTo.ports[0]', path: /api$/, run: (c) => dep(c, {}).allowTo(dep(c, {}, 'gw'), { ports: [{ port: 9999 }] }) },
  { name: 'allowFrom something that is not a peer', prop: 'allowFrom', path: /api$/, run: (c) => dep(c, {}).allowFrom({} as never) },
  { name: 'plaintext peer into a meshed workload', prop: 'allowFrom', path: /api$/, run: (c) => dep(c, {}).allowFrom(new HardenedDeployment(c.other, 'gw', { ...OK, image: imageOf('other') })) },
  { name: 'peer namespace that is not a name', prop: 'name', path: 'TenantPeer.namespace', run: () => TenantPeer.namespace('Not A Namespace') },
  { name: 'peer address range that is not a CIDR', prop: 'cidr', path: 'ExternalPeer.cidr', run: () => ExternalPeer.cidr('10.0.0.0') },
  { name: 'address range with leading zeros', prop: 'cidr', path: 'ExternalPeer.cidr', run: () => ExternalPeer.cidr('010.000.000.000/8') },
  { name: 'address range with a leading zero in the prefix', prop: 'cidr', path: 'ExternalPeer.cidr', run: () => ExternalPeer.cidr('10.0.0.0/08') },
  { name: 'address range with white space', prop: 'cidr', path: 'ExternalPeer.cidr', run: () => ExternalPeer.cidr(' 10.0.0.0/8') },
  { name: 'address range with a line break', prop: 'cidr', path: 'ExternalPeer.cidr', run: () => ExternalPeer.cidr('10.0.0.0/8\n') },
  { name: 'egress into the node metadata range', prop: 'cidr', path: 'ExternalPeer.cidr', run: () => ExternalPeer.cidr('169.254.169.254/32') },
  { name: 'address range exception outside the range', prop: 'except[0]', path: 'ExternalPeer.cidr', run: () => ExternalPeer.cidr('10.0.0.0/16', ['10.1.0.0/24']) },
  { name: 'container above the tenant\'s LimitRange maximum', prop: 'resources.cpu', path: 'small/api', run: (c) => new HardenedDeployment(c.small, 'api', { image: imageOf('small'), port: 8080, resources: { cpu: '2', memory: '1Gi' } }) },
  { name: 'container below the tenant\'s LimitRange minimum', prop: 'resources.memory', path: 'small/api', run: (c) => new HardenedDeployment(c.small, 'api', { image: imageOf('small'), port: 8080, resources: { cpu: '100m', memory: '1Mi' } }) },
  { name: 'minimum replicas beyond the tenant\'s quota', prop: 'resources.cpu', path: 'small/api', run: (c) => new HardenedDeployment(c.small, 'api', { image: imageOf('small'), port: 8080, resources: { cpu: '1', memory: '256Mi' } }) },
  { name: 'a Service while the tenant\'s quota.services is 0', prop: 'port', path: 'tight/api', run: (c) => new HardenedDeployment(c.tight({ services: 0 }), 'api', { image: imageOf('tight'), port: 8080, resources: RES }) },
  { name: 'StatefulSet claims (volumes x replicas) beyond quota.persistentVolumeClaims', prop: 'volumes', path: 'tight/db', run: (c) => new HardenedStatefulSet(c.tight({ persistentVolumeClaims: 5 }), 'db', { image: imageOf('tight'), port: 8080, resources: RES, replicas: 3, volumes: [{ name: 'a', mountPath: '/a', size: '1Gi' }, { name: 'b', mountPath: '/b', size: '1Gi' }] }) },
  { name: 'StatefulSet storage (size x replicas) beyond quota.storage', prop: 'volumes', path: 'tight/db', run: (c) => new HardenedStatefulSet(c.tight({ storage: '20Gi' }), 'db', { image: imageOf('tight'), port: 8080, resources: RES, replicas: 3, volumes: [{ name: 'data', mountPath: '/data', size: '10Gi' }] }) },
  { name: 'props missing entirely', prop: 'props', run: (c) => new HardenedDeployment(c.tenant, 'api', undefined as never) },
  { name: 'env key __proto__', prop: 'env.__proto__', run: (c) => dep(c, { env: JSON.parse('{"__proto__": "x"}') }) },
  { name: 'private key with a tab in its header', prop: 'env.A', run: (c) => dep(c, { env: { A: '-----BEGIN\tRSA PRIVATE KEY-----\nMII' } }) },
  { name: 'private key with a mixed-case header', prop: 'env.A', run: (c) => dep(c, { env: { A: '-----BEGIN Rsa PRIVATE KEY-----\nMII' } }) },
  { name: 'a workload directly under the App', prop: 'scope', path: 'api', run: () => new HardenedDeployment(Testing.app() as never, 'api', { ...OK, namespace: 'payments', owner: 'payments', trustedRegistries: ['ccr.ccs.tencentyun.com/payments'] } as never) },
  { name: 'allowFrom a workload of another App', prop: 'allowFrom', path: /api$/, run: (c) => dep(c, {}).allowFrom(new HardenedDeployment(new StubTenant(Testing.app(), 'payments'), 'gw', OK)) },
  { name: 'allowTo a workload of another App', prop: 'allowTo', path: /api$/, run: (c) => dep(c, {}).allowTo(new HardenedDeployment(new StubTenant(Testing.app(), 'payments'), 'gw', OK)) },
];

function context(): Ctx {
  const app = Testing.app();
  return {
    tenant: new StubTenant(app, 'payments'),
    other: new StubTenant(app, 'other', { mesh: false }),
    plain: new Chart(app, 'plain'),
    tight: (quota) => new SecureTenant(app, 'tight', {
      quota: { cpu: '20', memory: '40Gi', pods: 30, ...quota },
      trustedRegistries: ['ccr.ccs.tencentyun.com/tight'],
      mesh: { proxyImage: `ccr.ccs.tencentyun.com/mesh/proxyv2@sha256:${'5e'.repeat(32)}`, proxyResources: { cpu: '10m', memory: '16Mi', cpuLimit: '100m', memoryLimit: '64Mi' } },
    }),
    small: new SecureTenant(app, 'small', {
      quota: { cpu: '2', memory: '4Gi', pods: 20 },
      limits: { max: { cpu: '1', memory: '2Gi' } },
      trustedRegistries: ['ccr.ccs.tencentyun.com/small'],
      // A sidecar small enough for the LimitRange's maximum (Istio's default limit is 2000m).
      mesh: { proxyImage: `ccr.ccs.tencentyun.com/mesh/proxyv2@sha256:${'5e'.repeat(32)}`, proxyResources: { cpu: '10m', memory: '16Mi', cpuLimit: '100m', memoryLimit: '64Mi' } },
    }),
  };
}

describe('bad inputs |', () => {
  test('the catalogue holds at least 40 cases with distinct names', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(40);
    expect(new Set(CASES.map((c) => c.name)).size).toBe(CASES.length);
  });

  test.each(CASES.map((c) => [c.name, c] as const))('%s → KubewardError naming path, prop and fix', (_name, c) => {
    const ctx = context();
    let error: unknown;
    try {
      c.run(ctx);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(KubewardError);
    const k = error as KubewardError;
    if (typeof c.prop === 'string') expect(k.prop).toBe(c.prop);
    else expect(k.prop).toMatch(c.prop);
    const expectedPath = c.path ?? /^payments\/(api|db|job)$/;
    if (typeof expectedPath === 'string') expect(k.path).toBe(expectedPath);
    else expect(k.path).toMatch(expectedPath);
    expect(k.fix.length).toBeGreaterThan(10);
    expect(k.message).toContain(k.fix);
  });

  test('a refused workload leaves nothing in the tree', () => {
    const ctx = context();
    const before = ctx.tenant.node.findAll().length;
    expect(() => new HardenedDeployment(ctx.tenant, 'api', { ...OK, port: 80 })).toThrow(KubewardError);
    expect(ctx.tenant.node.findAll().length).toBe(before);
    // and the id and name are still free
    expect(() => new HardenedDeployment(ctx.tenant, 'api', OK)).not.toThrow();
  });
});
