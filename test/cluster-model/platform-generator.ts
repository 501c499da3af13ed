// Generated platforms for the cluster model: 1 to 4 tenants (with or without the mesh), each with
// 1 to 3 hardened workloads (Deployments with or without autoscaling and metrics, StatefulSets with
// a disk whose members replicate, CronJobs), random connections between them and to addresses
// outside the cluster. The builder records every connection the constructs accepted, so the model
// can check that exactly those are open. (The property tests of test/tenancy and test/workloads
// generate one tenant or one workload at a time, inside their .test.ts files, which cannot be
// imported without registering their suites; this generator composes whole platforms.)
import { Testing } from 'cdk8s';
import fc from 'fast-check';
import { ISTIO_CNI_MESH, NO_MESH, external, externalPorts } from './assumed-api';
import { DeclaredConnection } from './connections';
import { HardenedCronJob, HardenedDeployment, HardenedStatefulSet, SecureTenant } from '../../lib';
import { KubewardError } from '../../lib/core/errors';

type Obj = Record<string, any>;

/** One workload of a generated tenant. */
export interface WorkloadSpec {
  readonly kind: 'Deployment' | 'StatefulSet' | 'CronJob';
  readonly port: number;
  readonly metrics?: number;
  readonly cpuMilli: number;
  readonly memoryMi: number;
  readonly maxReplicas?: number;
}

/** One generated tenant. */
export interface TenantSpec {
  readonly mesh: boolean;
  readonly workloads: readonly WorkloadSpec[];
}

/** A generated platform. */
export interface PlatformSpec {
  readonly tenants: readonly TenantSpec[];
  /** Connections by index: [from tenant, from workload, to tenant, to workload]. */
  readonly links: ReadonlyArray<readonly [number, number, number, number]>;
  /** External egress: [tenant, workload, third octet, port]. */
  readonly egress: ReadonlyArray<readonly [number, number, number, number]>;
}

const workload: fc.Arbitrary<WorkloadSpec> = fc.record({
  kind: fc.constantFrom('Deployment' as const, 'StatefulSet' as const, 'CronJob' as const),
  port: fc.integer({ min: 1024, max: 9999 }),
  metrics: fc.option(fc.integer({ min: 10000, max: 14999 }), { nil: undefined }),
  cpuMilli: fc.integer({ min: 50, max: 1000 }),
  memoryMi: fc.integer({ min: 64, max: 2048 }),
  maxReplicas: fc.option(fc.integer({ min: 3, max: 10 }), { nil: undefined }),
});

/** The arbitrary of platforms. */
export const platformArbitrary: fc.Arbitrary<PlatformSpec> = fc.record({
  tenants: fc.array(fc.record({ mesh: fc.boolean(), workloads: fc.array(workload, { minLength: 1, maxLength: 3 }) }), { minLength: 1, maxLength: 4 }),
  links: fc.array(fc.tuple(fc.nat(3), fc.nat(2), fc.nat(3), fc.nat(2)), { maxLength: 6 }),
  egress: fc.array(fc.tuple(fc.nat(3), fc.nat(2), fc.integer({ min: 0, max: 255 }), fc.constantFrom(443, 5432, 6379)), { maxLength: 2 }),
});

/** What the builder made. */
export interface BuiltPlatform {
  readonly objects: Obj[];
  readonly declared: DeclaredConnection[];
}

type Built = HardenedDeployment | HardenedStatefulSet | HardenedCronJob;

/** Builds a spec with the constructs; connections the constructs refuse are left out. */
export function buildPlatform(spec: PlatformSpec): BuiltPlatform {
  const app = Testing.app();
  const declared: DeclaredConnection[] = [];
  const tenants: SecureTenant[] = [];
  const workloads: Array<Array<{ w: Built; spec: WorkloadSpec; key: string }>> = [];
  spec.tenants.forEach((t, ti) => {
    const ns = `t${ti}`;
    const tenant = new SecureTenant(app, ns, {
      quota: { cpu: '400', memory: '800Gi', limitsCpu: '1600', limitsMemory: '3200Gi', pods: 2000, storage: '10Ti' },
      admins: [`group:${ns}-admins`],
      trustedRegistries: [`ccr.ccs.tencentyun.com/${ns}`],
      mesh: t.mesh ? ISTIO_CNI_MESH : NO_MESH,
      backup: { enabled: false, reason: 'generated platform' },
    } as any);
    tenants.push(tenant);
    const list: Array<{ w: Built; spec: WorkloadSpec; key: string }> = [];
    t.workloads.forEach((w, wi) => {
      const id = `w${wi}`;
      const image = `ccr.ccs.tencentyun.com/${ns}/${id}@sha256:${'ab12'.repeat(16)}`;
      const resources = { cpu: `${w.cpuMilli}m`, memory: `${w.memoryMi}Mi` };
      const metrics = w.metrics !== undefined && w.metrics !== w.port ? { metricsPort: w.metrics } : {};
      let built: Built;
      if (w.kind === 'Deployment') {
        const autoscaling = w.maxReplicas ? { maxReplicas: w.maxReplicas } : false;
        built = new HardenedDeployment(tenant, id, { image, port: w.port, resources, ...metrics, autoscaling } as any);
      } else if (w.kind === 'StatefulSet') {
        const sts = new HardenedStatefulSet(tenant, id, { image, port: w.port, resources, ...metrics, volumes: [{ name: 'data', mountPath: '/data', size: '10Gi' }] } as any);
        sts.allowFrom(sts);
        declared.push({ from: `${ns}/${id}`, to: `${ns}/${id}`, ports: [w.port] });
        built = sts;
      } else {
        built = new HardenedCronJob(tenant, id, { image, schedule: '@daily', resources } as any);
      }
      list.push({ w: built, spec: w, key: `${ns}/${id}` });
    });
    workloads.push(list);
  });
  const pick = (ti: number, wi: number) => {
    const list = workloads[ti % workloads.length];
    return list[wi % list.length];
  };
  for (const [ft, fw, tt, tw] of spec.links) {
    const from = pick(ft, fw);
    const to = pick(tt, tw);
    if (to.spec.kind === 'CronJob' || from === to) continue;
    try {
      from.w.allowTo(to.w as any);
      declared.push({ from: from.key, to: to.key, ports: [to.spec.port] });
    } catch (e) {
      // The constructs refuse some pairs (a plaintext peer of a STRICT workload, a second
      // connection of the same pair): then nothing was written and nothing is declared.
      if (!(e instanceof KubewardError)) throw e;
    }
  }
  for (const [t, w, octet, port] of spec.egress) {
    const from = pick(t, w);
    const cidr = `10.80.${octet}.0/24`;
    try {
      from.w.allowTo(external(cidr), externalPorts(port));
      declared.push({ from: from.key, to: { ip: `10.80.${octet}.1` }, ports: [port] });
    } catch (e) {
      if (!(e instanceof KubewardError)) throw e;
    }
  }
  return { objects: tenants.flatMap((t) => t.toJson() as Obj[]), declared };
}
