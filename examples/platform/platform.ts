// The example platform: a shop run by four teams on one shared TKE cluster. `edge` runs the API
// gateway that the Istio ingress gateway hands public traffic to; `storefront`, `orders` and
// `payments` each own a tenant. Six hardened workloads talk to each other only along the paths
// written below, and nothing in it needs a suppression to pass the catalog.
//
// Inside this repository the example imports the library source; in your own project, import
// from 'kubeward' instead.
import { App } from 'cdk8s';
import {
  AppProtocol,
  ExternalPeer,
  HardenedCronJob,
  HardenedDeployment,
  HardenedStatefulSet,
  SecureTenant,
  SecureTenantProps,
  TenantPeer,
} from '../../lib';

/** Where every team pushes its images: TKE's registry, one namespace per team. */
export const REGISTRY = 'ccr.ccs.tencentyun.com';

/**
 * The image digests the example deploys. They stand for what CI pushed: a digest names exactly one
 * image, so the manifests (and their snapshots) change only when the code does.
 */
export const DIGESTS = {
  gateway: 'sha256:fad129cbfc68988ba9489eb4160c51f60bd0406fc18bbb31f712593eb1d1cc8f',
  web: 'sha256:b393edb332db302100f6aa757ddc61760d41ebd2b772ef632692af7a7d9918bd',
  ordersApi: 'sha256:a295031fea58f567c720f1a8d0c065f6fbe86f8dcbb04219498bae4551f49e17',
  ordersDb: 'sha256:a063e69d31c37c71d9715563881add4316df908bb9ef7b212c6455259eda192e',
  paymentsApi: 'sha256:9b2607afd20c67ff13b8195f5ef7be20b1ba33ba8ccdded9b298ad0dd5a35645',
  settlement: 'sha256:737b4bf79efb5a10643f4de2c4c6fce2d6c4b3c04f858654089a9f0425de80c1',
} as const;

/**
 * The proxy image the cluster's Istio injects (installed with its CNI node agent, so the pods meet
 * Pod Security `restricted`): the platform team mirrors Istio's proxyv2 into TCR and pins it by
 * digest. Every tenant declares it; the tenants' image policies admit it in the injected
 * containers only.
 */
export const MESH_PROXY_IMAGE = `${REGISTRY}/mesh/proxyv2:1.22.1@sha256:6ef7e2d2b5e0fcbb6a0b4a1b0e1c7d9f3a2c4e6b8d0f1a3c5e7092b4d6f8a1c3`;

/**
 * The acquiring bank's settlement endpoint, reached over a private line through the VPC. An
 * address range outside the cluster: the settlement job may call it on 443 and nothing else.
 */
export const BANK_GATEWAY_CIDR = '10.80.16.0/28';

/** The tenants of the example platform. */
export interface PlatformTenants {
  /** The API gateway team: public traffic enters the platform here. */
  readonly edge: SecureTenant;
  /** The web shop front end. */
  readonly storefront: SecureTenant;
  /** Orders: API and database. */
  readonly orders: SecureTenant;
  /** Payments: API and the nightly settlement. */
  readonly payments: SecureTenant;
}

/** The workloads of the example platform. */
export interface PlatformWorkloads {
  /** edge/gateway: routes public requests from the Istio ingress gateway to the storefront. */
  readonly gateway: HardenedDeployment;
  /** storefront/web: renders the shop, calls the orders API. */
  readonly web: HardenedDeployment;
  /** orders/api: takes orders, stores them, charges through payments. */
  readonly ordersApi: HardenedDeployment;
  /** orders/db: a three-member PostgreSQL cluster with a disk per member. */
  readonly ordersDb: HardenedStatefulSet;
  /** payments/api: authorizes and captures payments (gRPC). */
  readonly paymentsApi: HardenedDeployment;
  /** payments/settlement: nightly settlement with the bank. */
  readonly settlement: HardenedCronJob;
}

/** What `buildPlatform` returns: every tenant and workload, for tests and further wiring. */
export interface Platform {
  /** The tenants. */
  readonly tenants: PlatformTenants;
  /** The workloads. */
  readonly workloads: PlatformWorkloads;
}

/** A digest-pinned image of a team's registry namespace. */
export function imageOf(team: string, repository: string, digest: string): string {
  return `${REGISTRY}/${team}/${repository}@${digest}`;
}

/** A tenant with the conventions every team of the example shares. */
function tenant(app: App, team: string, props: Pick<SecureTenantProps, 'quota'> & Partial<SecureTenantProps>): SecureTenant {
  return new SecureTenant(app, team, {
    owner: `team-${team}`,
    // Daily backups by the Velero the cluster installs from its chart (MultiZoneCluster
    // `addons.velero`): namespace velero, location `default`, and volume data by file-system
    // backup through its node agent, the way upstream documents for CBS disks (Velero has no
    // snapshot plugin for them). These are the `velero` backend's defaults.
    backup: { backend: 'velero' },
    mesh: { proxyImage: MESH_PROXY_IMAGE },
    admins: [`group:${team}-leads`],
    developers: [`group:${team}-devs`],
    viewers: ['group:platform-sre', 'group:security-auditors'],
    // Each team may only run what it pushed itself.
    trustedRegistries: [`${REGISTRY}/${team}`],
    ...props,
  });
}

/**
 * Builds the example platform into a cdk8s app: four tenants (one chart, one file each) and six
 * workloads connected across tenants:
 *
 * ```
 * istio-ingress ─▶ edge/gateway ─▶ storefront/web ─▶ orders/api ─▶ orders/db (members replicate)
 *                                                         └──────▶ payments/api ◀─ payments/settlement ─▶ bank (10.80.16.0/28:443)
 * ```
 */
export function buildPlatform(app: App): Platform {
  // Each quota holds every workload at its peak (HPA maximum plus the 25% rollout surge) with its
  // sidecar, which takes Istio's default resources (requests 100m/128Mi, limits 2000m/1024Mi).
  // The sidecars' CPU limits are what push limits.cpu above requests.cpu: the edge gateway's
  // 15 peak pods alone need 9 CPU of requests but 37.5 of limits.
  const edge = tenant(app, 'edge', { quota: { cpu: '12', memory: '24Gi', limitsCpu: '40', pods: 60 } });
  const storefront = tenant(app, 'storefront', { quota: { cpu: '16', memory: '32Gi', limitsCpu: '32', pods: 80 } });
  const orders = tenant(app, 'orders', { quota: { cpu: '24', memory: '64Gi', limitsCpu: '48', pods: 80, storage: '300Gi' } });
  const payments = tenant(app, 'payments', { quota: { cpu: '16', memory: '32Gi', limitsCpu: '40', pods: 60 } });

  const gateway = new HardenedDeployment(edge, 'gateway', {
    image: imageOf('edge', 'gateway', DIGESTS.gateway),
    port: 8080,
    metricsPort: 9090,
    resources: { cpu: '500m', memory: '512Mi' },
    probes: { path: '/healthz' },
    autoscaling: { maxReplicas: 12 },
  });
  const web = new HardenedDeployment(storefront, 'web', {
    image: imageOf('storefront', 'web', DIGESTS.web),
    port: 8080,
    resources: { cpu: '500m', memory: '1Gi' },
    probes: { path: '/ready', livenessPath: '/live' },
    // Server-side rendering caches compiled templates here; the rest of the filesystem stays read-only.
    writablePaths: ['/tmp'],
  });
  const ordersApi = new HardenedDeployment(orders, 'api', {
    image: imageOf('orders', 'api', DIGESTS.ordersApi),
    port: 8080,
    metricsPort: 9090,
    resources: { cpu: '1', memory: '1Gi' },
    probes: { path: '/healthz' },
    secretMounts: [{ secretName: 'orders-db-credentials', mountPath: '/var/run/secrets/orders-db' }],
    env: { DB_HOST: 'db.orders.svc.cluster.local', DB_PASSWORD_FILE: '/var/run/secrets/orders-db/password' },
  });
  const ordersDb = new HardenedStatefulSet(orders, 'db', {
    image: imageOf('orders', 'postgres', DIGESTS.ordersDb),
    port: 5432,
    appProtocol: AppProtocol.TCP,
    resources: { cpu: '2', memory: '4Gi' },
    volumes: [{ name: 'data', mountPath: '/var/lib/postgresql/data', size: '50Gi' }],
    writablePaths: ['/var/run/postgresql', '/tmp'],
    secretMounts: [{ secretName: 'orders-db-credentials', mountPath: '/var/run/secrets/orders-db' }],
    env: { PGDATA: '/var/lib/postgresql/data/pgdata', POSTGRES_PASSWORD_FILE: '/var/run/secrets/orders-db/password' },
    // A database shuts down cleanly only after a checkpoint: give it time.
    terminationGracePeriodSeconds: 120,
  });
  const paymentsApi = new HardenedDeployment(payments, 'api', {
    image: imageOf('payments', 'api', DIGESTS.paymentsApi),
    port: 9443,
    appProtocol: AppProtocol.GRPC,
    metricsPort: 9090,
    resources: { cpu: '1', memory: '1Gi' },
    secretMounts: [{ secretName: 'payments-psp-keys', mountPath: '/var/run/secrets/psp' }],
  });
  const settlement = new HardenedCronJob(payments, 'settlement', {
    image: imageOf('payments', 'settlement', DIGESTS.settlement),
    // After the bank's cut-off at 01:00 Beijing time.
    schedule: '30 1 * * *',
    timeZone: 'Asia/Shanghai',
    resources: { cpu: '500m', memory: '512Mi' },
    secretMounts: [{ secretName: 'payments-bank-client-cert', mountPath: '/var/run/secrets/bank' }],
    activeDeadlineSeconds: 5400,
  });

  // Public traffic: Istio ingress gateway → edge gateway → storefront.
  gateway.allowFrom(TenantPeer.ingressGateway());
  gateway.allowTo(web);
  // Checkout: storefront → orders → payments; orders keeps its data in its own database.
  web.allowTo(ordersApi);
  ordersApi.allowTo(ordersDb);
  ordersApi.allowTo(paymentsApi);
  // PostgreSQL streaming replication between the members.
  ordersDb.allowFrom(ordersDb);
  // Settlement reads the day's captures from the payments API, then reports them to the bank.
  settlement.allowTo(paymentsApi);
  settlement.allowTo(ExternalPeer.cidr(BANK_GATEWAY_CIDR), { ports: [{ port: 443 }] });

  return {
    tenants: { edge, storefront, orders, payments },
    workloads: { gateway, web, ordersApi, ordersDb, paymentsApi, settlement },
  };
}
