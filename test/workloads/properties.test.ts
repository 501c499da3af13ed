// Property tests: any valid props give schema-valid, compliant output; any invalid props give a
// KubewardError (never a TypeError or another crash), and a refused construct leaves no trace.
import { Testing } from 'cdk8s';
import * as fc from 'fast-check';
import { JOB_CONTROLS, SERVICE_CONTROLS, expectCompliant } from './support/compliance';
import { DIGEST, StubTenant } from './support/stub-tenant';
import { KubewardError } from '../../lib/core/errors';
import { ISTIO_RESERVED_PORTS } from '../../lib/mesh/injection';
import { AppProtocol, HardenedCronJob, HardenedDeployment, HardenedStatefulSet, ZoneSpread } from '../../lib/workloads';
import { propertyOptions, propertyTimeout } from '../support/property-runs';

const letters = 'abcdefghijklmnopqrstuvwxyz';
const alnum = `${letters}0123456789`;
const name = fc
  .tuple(fc.constantFrom(...letters), fc.stringMatching(/^[a-z0-9-]{0,18}$/), fc.constantFrom(...alnum))
  .map(([a, mid, z]) => `${a}${mid}${z}`);
const segment = fc.stringMatching(/^[a-z][a-z0-9_.-]{0,10}$/);
const pathSet = fc.uniqueArray(segment, { maxLength: 3 }).map((segs) => segs.map((s) => `/w/${s}`));
const cpu = fc.oneof(fc.integer({ min: 1, max: 4000 }).map((m) => `${m}m`), fc.integer({ min: 1, max: 8 }).map(String));
const memory = fc.oneof(fc.integer({ min: 16, max: 8192 }).map((m) => `${m}Mi`), fc.integer({ min: 1, max: 16 }).map((g) => `${g}Gi`));
const id = fc.integer({ min: 1, max: 2147483647 });
const port = fc.integer({ min: 1024, max: 65535 });
const envName = fc.stringMatching(/^[A-Z][A-Z0-9_]{0,12}$/).filter((n) => !/PASSWORD|PASSWD|SECRET|TOKEN|BEARER|API_KEY|APIKEY|ACCESS_KEY|PRIVATE_KEY|CREDENTIAL|KEY_CONTENT|_KEY$/.test(n));
const schedule = fc.oneof(
  fc.constantFrom('@hourly', '@daily', '@weekly', '@monthly', '*/5 * * * *', '0 3 * * MON-FRI', '15,45 8-18 * JAN-JUN 1-5'),
  fc.tuple(fc.integer({ min: 0, max: 59 }), fc.integer({ min: 0, max: 23 })).map(([m, h]) => `${m} ${h} * * *`),
);

const common = fc.record({
  name,
  image: fc.tuple(fc.constantFrom('api', 'web', 'jobs/runner'), fc.boolean()).map(([repo, tagged]) => `ccr.ccs.tencentyun.com/team/${repo}${tagged ? ':1.2.3' : ''}@${DIGEST}`),
  resources: fc.record({
    cpu,
    memory,
    cpuFactor: fc.integer({ min: 1, max: 4 }),
    memFactor: fc.integer({ min: 1, max: 2 }),
    explicit: fc.boolean(),
  }).map((r) => ({
    cpu: r.cpu,
    memory: r.memory,
    ...(r.explicit ? { cpuLimit: scaled(r.cpu, r.cpuFactor), memoryLimit: scaled(r.memory, r.memFactor) } : {}),
  })),
  runAsUser: fc.option(id, { nil: undefined }),
  runAsGroup: fc.option(id, { nil: undefined }),
  writablePaths: pathSet,
  env: fc.dictionary(envName, fc.string({ maxLength: 20 }).filter((v) => !/PRIVATE KEY/.test(v)), { maxKeys: 3 }),
});

const serving = fc
  .record({
    port,
    metricsPort: fc.option(port, { nil: undefined }),
    servicePort: fc.option(fc.integer({ min: 1, max: 65535 }), { nil: undefined }),
    replicas: fc.integer({ min: 2, max: 12 }),
    probePath: fc.option(fc.stringMatching(/^\/[a-z]{0,8}$/), { nil: undefined }),
    zoneSpread: fc.constantFrom(ZoneSpread.REQUIRED, ZoneSpread.PREFERRED),
    appProtocol: fc.constantFrom(...Object.values(AppProtocol)),
  })
  .filter((s) => s.metricsPort !== s.port && (s.metricsPort === undefined || s.metricsPort !== (s.servicePort ?? s.port)))
  .map((s) => ({
    port: s.port,
    ...(s.metricsPort !== undefined ? { metricsPort: s.metricsPort } : {}),
    ...(s.servicePort !== undefined ? { servicePort: s.servicePort } : {}),
    replicas: s.replicas,
    zoneSpread: s.zoneSpread,
    appProtocol: s.appProtocol,
    ...(s.probePath ? { probes: { path: s.probePath } } : {}),
  }));

/**
 * Whether a pod port is one the Istio sidecar listens on itself (istio.io "Ports used by Istio"):
 * in the mesh that is invalid input, which the constructs refuse (found by the 10,000-run
 * property: metricsPort 15006), so a valid meshed run never draws one.
 */
function clashesWithSidecar(s: { port: number; metricsPort?: number }): boolean {
  return [s.port, s.metricsPort].some((p) => p !== undefined && ISTIO_RESERVED_PORTS.includes(p));
}

/** A quantity times a whole factor, in the same unit (so a limit is never below its request). */
function scaled(q: string, factor: number): string {
  const m = /^(\d+)(.*)$/.exec(q)!;
  return `${Number(m[1]) * factor}${m[2]}`;
}

function tenantFor(mesh: boolean) {
  const app = Testing.app();
  return new StubTenant(app, 'team', { mesh, trustedRegistries: ['ccr.ccs.tencentyun.com/team'] });
}

describe('properties |', () => {
  test('valid Deployment props → schema-valid and compliant', () => {
    fc.assert(
      fc.property(common, serving, fc.boolean(), fc.option(fc.integer({ min: 0, max: 20 }), { nil: undefined }), (c, s, mesh, extraMax) => {
        fc.pre(!mesh || !clashesWithSidecar(s));
        const tenant = tenantFor(mesh);
        const autoscaling = extraMax === undefined ? false : { maxReplicas: s.replicas + extraMax };
        new HardenedDeployment(tenant, 'w', { ...c, ...s, autoscaling });
        expectCompliant(tenant.toJson(), SERVICE_CONTROLS.filter((x) => autoscaling || x !== 'KW-HA-007'));
      }),
      propertyOptions(60),
    );
  }, propertyTimeout(60));

  test('valid StatefulSet props → schema-valid and compliant', () => {
    fc.assert(
      fc.property(common, serving, fc.boolean(), fc.integer({ min: 1, max: 500 }), (c, s, mesh, gi) => {
        fc.pre(!mesh || !clashesWithSidecar(s));
        const tenant = tenantFor(mesh);
        const sts = new HardenedStatefulSet(tenant, 'w', { ...c, ...s, volumes: [{ name: 'data', mountPath: '/data', size: `${gi}Gi` }] });
        sts.allowFrom(sts);
        expectCompliant(tenant.toJson(), SERVICE_CONTROLS.filter((x) => x !== 'KW-HA-007'));
      }),
      propertyOptions(40),
    );
  }, propertyTimeout(40));

  test('valid CronJob props → schema-valid and compliant', () => {
    fc.assert(
      fc.property(common, schedule, fc.boolean(), (c, sched, mesh) => {
        const tenant = tenantFor(mesh);
        new HardenedCronJob(tenant, 'w', { ...c, schedule: sched });
        expectCompliant(tenant.toJson(), JOB_CONTROLS);
      }),
      propertyOptions(40),
    );
  }, propertyTimeout(40));

  // Invalid input: valid props with one field replaced by anything at all (or extra junk keys),
  // or something that is not props. The only acceptable failure is a KubewardError; a value that
  // happens to be valid must still give compliant output.
  const KEYS = ['name', 'image', 'resources', 'runAsUser', 'runAsGroup', 'writablePaths', 'env', 'port', 'metricsPort', 'servicePort', 'replicas', 'probes', 'zoneSpread', 'appProtocol', 'autoscaling', 'suppressions', 'labels', 'owner', 'namespace', 'trustedRegistries', 'mesh', 'secretMounts', 'command', 'args', 'metricsPath', 'metricsScraper', 'volumes', 'schedule', 'timeZone', 'terminationGracePeriodSeconds', 'writablePathSizeLimit'];
  const junk = fc.oneof(
    fc.anything(),
    fc.constantFrom(0, -1, 1.5, NaN, Infinity, '', ' ', '0', 'latest', '/..', null, [], {}, [null], { cpu: null }, ['tmp'], '70000', 1e10, '-1Gi'),
  );

  test('invalid props → KubewardError, never another error', () => {
    fc.assert(
      fc.property(common, serving, fc.constantFrom('Deployment', 'StatefulSet', 'CronJob'), fc.constantFrom(...KEYS), junk, (c, s, kind, key, value) => {
        const tenant = tenantFor(true);
        const props: Record<string, unknown> = { ...c, ...s, schedule: '@daily', [key]: value };
        const before = tenant.node.findAll().length;
        try {
          if (kind === 'Deployment') new HardenedDeployment(tenant, 'w', props as never);
          else if (kind === 'StatefulSet') new HardenedStatefulSet(tenant, 'w', props as never);
          else new HardenedCronJob(tenant, 'w', props as never);
        } catch (e) {
          if (!(e instanceof KubewardError)) throw e;
          expect(e.prop.length).toBeGreaterThan(0);
          expect(tenant.node.findAll().length).toBe(before);
          return;
        }
        // Accepted: then the junk was valid for this kind (or ignored by it), and the output must hold up.
        expectCompliant(tenant.toJson(), []);
      }),
      propertyOptions(400),
    );
  }, propertyTimeout(400));

  test('props that are not an object → KubewardError', () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.constant(undefined)), (props) => {
        fc.pre(typeof props !== 'object' || props === null || Array.isArray(props));
        const tenant = tenantFor(false);
        expect(() => new HardenedDeployment(tenant, 'w', props as never)).toThrow(KubewardError);
      }),
      propertyOptions(100),
    );
  }, propertyTimeout(100));
});
