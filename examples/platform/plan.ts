// An offline plan of the example: runs the Pulumi program of index.ts against Pulumi's mock
// monitor and prints every resource `pulumi up` would create, in registration order, with its
// parent and key inputs. No credentials, no Pulumi CLI, no network: a reviewer sees the whole
// change, cloud and Kubernetes, before anyone runs it for real.
//
//   npm run plan              a table
//   npm run plan -- --json    one JSON array of { type, name, parent, inputs } on stdout (logs go to stderr)
//
// Ids and computed outputs (cluster id, kubeconfig, the account's APPID in the bucket name) are
// canned values here; everything the program decides itself is exactly what it would send.
import * as path from 'path';
import * as pulumi from '@pulumi/pulumi';
import { tencentCloudMocks } from '../../lib/pulumi';

/** One resource of the plan. */
export interface PlannedResource {
  /** Pulumi type token (`tencentcloud:Kubernetes/cluster:Cluster`, `kubernetes:apps/v1:Deployment`). */
  readonly type: string;
  /** Logical name. */
  readonly name: string;
  /** Logical name of the parent resource, or null for the stack itself. */
  readonly parent: string | null;
  /** The inputs sent to the provider, secrets replaced by "[secret]". */
  readonly inputs: Record<string, unknown>;
  /**
   * Logical names of the resources it explicitly waits for (`dependsOn`): a tenant object waits
   * for its namespace and for what installs its API group on the cluster.
   */
  readonly dependsOn: readonly string[];
}

/** A registration as the mock monitor saw it, with what the SDK knows about the resource. */
export interface RecordedResource extends PlannedResource {
  /** Its URN. */
  readonly urn: string;
  /** The mock id it was given. */
  readonly id: string;
  /** Whether a provider plugin manages it (false for components and the stack). */
  readonly custom: boolean;
  /** Reference of its provider (`<provider urn>::<provider id>`), when it has an explicit one. */
  readonly provider?: string;
  /** Position in registration order. */
  readonly order: number;
  /** The inputs as sent, secrets in the clear (they are the mocks' values), for tests and policy checks. */
  readonly rawInputs: Record<string, unknown>;
}

/** The outcome of running the program under mocks. */
export interface PlanRun {
  /** Every resource, in registration order, the stack first. */
  readonly resources: RecordedResource[];
  /** The stack outputs (the program's exports), resolved. */
  readonly outputs: Record<string, unknown>;
  /** Invokes the program made (data sources), with their arguments. */
  readonly calls: Array<{ token: string; inputs: Record<string, unknown> }>;
}

/** Mock project and stack names; they appear in URNs. */
export const PLAN_PROJECT = 'kubeward-platform';
/** @see PLAN_PROJECT */
export const PLAN_STACK = 'plan';
/** The APPID the mocked `user.getInfo` answers (it ends up in the backup bucket's name). */
export const MOCK_APP_ID = '1250000000';

/**
 * The stack config the program reads, as `pulumi config set` would leave it: a placeholder for
 * Velero's COS credentials (a secret, so the plan prints `[secret]`).
 */
export const PLAN_CONFIG: Readonly<Record<string, string>> = {
  [`${PLAN_PROJECT}:veleroCredentials`]: '[default]\naws_access_key_id=PLAN-SECRET-ID\naws_secret_access_key=PLAN-SECRET-KEY\n',
};

/** Whether a value is a secret in Pulumi's wire format (how the mock monitor passes secrets on). */
function isSecret(v: unknown): v is { value: unknown } {
  return v !== null && typeof v === 'object' && (v as Record<string, unknown>)[pulumi.runtime.specialSigKey] === pulumi.runtime.specialSecretSig;
}

interface Registration { type: string; name: string; inputs: Record<string, unknown>; id: string; custom: boolean; provider?: string }
interface Constructed { type: string; name: string; resource: pulumi.Resource; parent?: pulumi.Resource; dependsOn?: unknown }

let running: Promise<PlanRun> | undefined;
/** The program's failure, once reported, so the same error surfacing again is not printed twice. */
let reportedFailure: unknown;

/**
 * Runs index.ts once under mocks (a program registers its resources once per process; later
 * calls return the same run) and waits until every registration has settled.
 */
export function runPlan(): Promise<PlanRun> {
  if (!running) running = execute();
  return running;
}

async function execute(): Promise<PlanRun> {
  const registrations: Registration[] = [];
  const calls: Array<{ token: string; inputs: Record<string, unknown> }> = [];
  await pulumi.runtime.setMocks(
    tencentCloudMocks({
      appId: MOCK_APP_ID,
      onResource: (args, id) =>
        registrations.push({ type: args.type, name: args.name, inputs: args.inputs, id, custom: args.custom ?? false, provider: args.provider }),
      onCall: (args) => calls.push({ token: args.token, inputs: args.inputs }),
    }),
    PLAN_PROJECT,
    PLAN_STACK,
    false,
  );
  pulumi.runtime.setAllConfig({ ...pulumi.runtime.allConfig(), ...PLAN_CONFIG }, Object.keys(PLAN_CONFIG));

  // The stack transformation sees every resource with its parent, which the mock monitor does not report.
  const constructed: Constructed[] = [];
  const outputs = await pulumi.runtime.runInPulumiStack(async () => {
    pulumi.runtime.registerStackTransformation((args) => {
      constructed.push({ type: args.type, name: args.name, resource: args.resource, parent: args.opts.parent, dependsOn: args.opts.dependsOn });
      return undefined;
    });
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    return { ...require(path.join(__dirname, 'index')) };
  });
  await settled(() => registrations.length);

  const urnOf = new Map<pulumi.Resource, string>();
  const resolveUrn = async (r: pulumi.Resource): Promise<string> => {
    let urn = urnOf.get(r);
    if (urn === undefined) urnOf.set(r, (urn = await valueOf(r.urn)));
    return urn;
  };
  const nameOf = new Map<pulumi.Resource, string>(constructed.map((c) => [c.resource, c.name]));
  const info = new Map<string, { urn: string; parentUrn?: string; dependsOn: string[] }>();
  for (const c of constructed) {
    const deps = (await dependenciesOf(c.dependsOn)).map((r) => nameOf.get(r) ?? '?');
    info.set(`${c.type}\u0000${c.name}`, { urn: await resolveUrn(c.resource), parentUrn: c.parent ? await resolveUrn(c.parent) : undefined, dependsOn: deps });
  }
  const stackName = `${PLAN_PROJECT}-${PLAN_STACK}`;
  const resources = registrations.map((r, order): RecordedResource => {
    const isStack = r.type === 'pulumi:pulumi:Stack';
    const known = info.get(`${r.type}\u0000${r.name}`);
    const parent = isStack ? null : known?.parentUrn ? nameOfUrn(known.parentUrn) : stackName;
    const urn = known?.urn ?? `urn:pulumi:${PLAN_STACK}::${PLAN_PROJECT}::${r.type}::${r.name}`;
    return {
      type: r.type,
      name: r.name,
      parent,
      inputs: plain(r.inputs, () => '[secret]') as Record<string, unknown>,
      dependsOn: known?.dependsOn ?? [],
      urn,
      id: r.id,
      custom: r.custom,
      ...(r.provider ? { provider: r.provider } : {}),
      order,
      rawInputs: plain(r.inputs, (x) => plain(x.value, (y) => y.value)) as Record<string, unknown>,
    };
  });
  return { resources, outputs: (outputs ?? {}) as Record<string, unknown>, calls };
}

/** Resolves when `count()` has not changed for a few turns of the event loop's timers. */
async function settled(count: () => number, quietMs = 150, limitMs = 30_000): Promise<void> {
  const start = Date.now();
  let last = -1;
  let quietSince = Date.now();
  while (Date.now() - start < limitMs) {
    await new Promise((resolve) => setTimeout(resolve, 25));
    const n = count();
    if (n !== last) {
      last = n;
      quietSince = Date.now();
    } else if (Date.now() - quietSince >= quietMs) {
      return;
    }
  }
  throw new Error(`registrations did not settle within ${limitMs} ms`);
}

/** The resources a `dependsOn` option names (it may be an Output, a list, or a list of Outputs). */
async function dependenciesOf(d: unknown): Promise<pulumi.Resource[]> {
  if (d === undefined || d === null) return [];
  const v = pulumi.Output.isInstance(d) ? await valueOf(d as pulumi.Output<unknown>) : d;
  const out: pulumi.Resource[] = [];
  for (const x of Array.isArray(v) ? v : [v]) {
    const r = pulumi.Output.isInstance(x) ? await valueOf(x as pulumi.Output<unknown>) : x;
    if (pulumi.Resource.isInstance(r)) out.push(r);
  }
  return out;
}

function valueOf<T>(o: pulumi.Output<T>): Promise<T> {
  return new Promise((resolve) => o.apply((v) => {
    resolve(v);
    return v;
  }));
}

function nameOfUrn(urn: string): string {
  return urn.split('::').slice(3).join('::');
}

/** A copy with every secret replaced by `[secret]` (or by its value, for tests), without undefined members. */
function plain(v: unknown, secret: (s: { value: unknown }) => unknown): unknown {
  if (isSecret(v)) return secret(v);
  if (Array.isArray(v)) return v.map((x) => plain(x, secret));
  if (v !== null && typeof v === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) if (x !== undefined) out[k] = plain(x, secret);
    return out;
  }
  return v;
}

/** The plan as the `--json` output shows it. */
export function toPlanned(resources: readonly RecordedResource[]): PlannedResource[] {
  return resources.map((r) => ({ type: r.type, name: r.name, parent: r.parent, inputs: r.inputs, dependsOn: r.dependsOn }));
}

/** Inputs worth a glance per Tencent Cloud type, as dotted paths. */
const KEY_INPUTS: Record<string, readonly string[]> = {
  'tencentcloud:Vpc/instance:Instance': ['name', 'cidrBlock'],
  'tencentcloud:Subnet/instance:Instance': ['availabilityZone', 'cidrBlock'],
  'tencentcloud:Security/group:Group': ['name'],
  'tencentcloud:Security/groupRuleSet:GroupRuleSet': ['ingresses.length', 'egresses.length'],
  'tencentcloud:Cls/logset:Logset': ['logsetName'],
  'tencentcloud:Cls/topic:Topic': ['topicName', 'period'],
  'tencentcloud:Kms/key:Key': ['alias', 'keyRotationEnabled'],
  'tencentcloud:Kubernetes/cluster:Cluster': ['clusterVersion', 'clusterDeployType', 'deletionProtection', 'clusterAudit.enabled', 'eventPersistence.enabled'],
  'tencentcloud:Kubernetes/nodePool:NodePool': ['autoScalingConfig.instanceType', 'minSize', 'maxSize', 'subnetIds.length', 'autoScalingConfig.publicIpAssigned'],
  'tencentcloud:Kubernetes/clusterEndpoint:ClusterEndpoint': ['clusterIntranet', 'clusterInternet'],
  'tencentcloud:Kubernetes/encryptionProtection:EncryptionProtection': ['kmsConfiguration.keyId'],
  'tencentcloud:Kubernetes/logConfig:LogConfig': ['logConfigName'],
  'tencentcloud:Monitor/tmpInstance:TmpInstance': ['zone', 'dataRetentionTime'],
  'tencentcloud:Monitor/tmpTkeClusterAgent:TmpTkeClusterAgent': ['agents.clusterId'],
  'tencentcloud:Monitor/alarmNotice:AlarmNotice': ['name'],
  'tencentcloud:Monitor/tmpAlertGroup:TmpAlertGroup': ['groupName', 'rules.length'],
  'tencentcloud:Monitor/alarmPolicy:AlarmPolicy': ['policyName', 'conditions.rules.length'],
  'tencentcloud:Cos/bucket:Bucket': ['bucket', 'versioningEnable', 'encryptionAlgorithm'],
  'tencentcloud:Kubernetes/backupStorageLocation:BackupStorageLocation': ['name', 'bucket'],
  'tencentcloud:Events/auditTrack:AuditTrack': ['name'],
  'pulumi:providers:kubernetes': ['kubeconfig'],
  'tencentcloud:Kubernetes/addon:Addon': ['addonName'],
  'kubernetes:helm.sh/v3:Release': ['chart', 'namespace', 'version'],
};

function at(obj: unknown, dotted: string): unknown {
  let v: any = obj;
  for (const part of dotted.split('.')) {
    if (v === null || v === undefined) return undefined;
    v = part === 'length' && Array.isArray(v) ? v.length : v[part];
  }
  return v;
}

function show(v: unknown): string {
  return typeof v === 'string' ? v : JSON.stringify(v);
}

/**
 * What a resource waits for, in short: the names of what installs its group (or any other
 * explicit dependency), and the namespaces counted, since every tenant object waits for all of them.
 */
export function waitsFor(r: PlannedResource, all: readonly PlannedResource[]): string {
  if (r.dependsOn.length === 0) return '';
  const kinds = new Map(all.map((x) => [x.name, x.type]));
  const namespaces = r.dependsOn.filter((d) => kinds.get(d) === 'kubernetes:core/v1:Namespace').length;
  const others = r.dependsOn.filter((d) => kinds.get(d) !== 'kubernetes:core/v1:Namespace');
  return [...others, ...(namespaces > 0 ? [`${namespaces} namespace(s)`] : [])].join(', ');
}

/** A one-line summary of what matters in a resource's inputs. */
export function keyInputs(r: PlannedResource): string {
  const inputs = r.inputs as Record<string, any>;
  if (r.type.startsWith('kubernetes:') && inputs.metadata) {
    const parts: string[] = [];
    const labels = inputs.metadata.labels ?? {};
    if (labels['pod-security.kubernetes.io/enforce']) parts.push(`pss=${labels['pod-security.kubernetes.io/enforce']}`);
    const spec = inputs.spec ?? {};
    const pod = spec.jobTemplate?.spec?.template?.spec ?? spec.template?.spec;
    if (pod?.containers) parts.push(...pod.containers.map((c: any) => `image=${String(c.image).replace(/@sha256:([0-9a-f]{12})[0-9a-f]+$/, '@sha256:$1…')}`));
    if (spec.mtls?.mode) parts.push(`mtls=${spec.mtls.mode}`);
    if (spec.schedule) parts.push(`schedule=${JSON.stringify(spec.schedule)}`);
    return parts.join(' ');
  }
  const paths = KEY_INPUTS[r.type] ?? [];
  return paths.map((p) => [p, at(inputs, p)] as const).filter(([, v]) => v !== undefined).map(([p, v]) => `${p}=${show(v)}`).join(' ');
}

/** The plan as a table for people. */
export function formatPlanTable(resources: readonly PlannedResource[]): string {
  const rows = resources.map((r, i) => [String(i + 1), r.type, r.name, r.parent ?? '', keyInputs(r), waitsFor(r, resources)]);
  const head = ['#', 'TYPE', 'NAME', 'PARENT', 'KEY INPUTS', 'AFTER'];
  const widths = head.slice(0, 5).map((h, c) => Math.max(h.length, ...rows.map((row) => row[c].length)));
  const line = (cells: string[]) => cells.map((cell, c) => (c < 5 ? cell.padEnd(widths[c]) : cell)).join('  ').trimEnd();
  const count = (pred: (r: PlannedResource) => boolean) => resources.filter(pred).length;
  const cloud = count((r) => r.type.startsWith('tencentcloud:'));
  const kube = count((r) => r.type.startsWith('kubernetes:') && !r.type.startsWith('kubernetes:yaml:'));
  return [
    `Plan of examples/platform (offline, under mocks): ${resources.length} resources to create: ` +
      `${cloud} Tencent Cloud, ${kube} Kubernetes, ${resources.length - cloud - kube} stack, components and providers.`,
    '',
    line(head),
    ...rows.map(line),
    '',
    `Ids, kubeconfigs and the APPID (${MOCK_APP_ID}) are placeholders; \`pulumi preview\` shows the real ones.`,
  ].join('\n') + '\n';
}

/** Where the plan writes. */
export interface PlanIo {
  /** The plan itself. */
  readonly stdout: { write(s: string): unknown };
  /** Logs and errors. */
  readonly stderr: { write(s: string): unknown };
}

const USAGE = 'usage: npm run plan [-- --json]\n';

/**
 * The `npm run plan` command: prints the plan as a table, or with `--json` as one JSON array of
 * `{ type, name, parent, inputs }`. Returns the exit code.
 */
export async function plan(argv: readonly string[], io: PlanIo = process): Promise<number> {
  const unknown = argv.filter((a) => a !== '--json');
  if (argv.includes('--help') || argv.includes('-h')) {
    io.stdout.write(USAGE);
    return 0;
  }
  if (unknown.length > 0) {
    io.stderr.write(`plan: unknown argument ${unknown.join(' ')}\n${USAGE}`);
    return 2;
  }
  const json = argv.includes('--json');
  // Program logs (pulumi.log, console) must not mix with the JSON on stdout.
  const restore = json ? routeConsoleToStderr(io) : () => undefined;
  let run: PlanRun;
  try {
    run = await runPlan();
  } catch (e) {
    restore();
    reportedFailure = e;
    io.stderr.write(`plan: the program failed: ${(e as Error).message}\n`);
    return 1;
  }
  restore();
  const planned = toPlanned(run.resources);
  io.stdout.write(json ? `${JSON.stringify(planned, null, 2)}\n` : formatPlanTable(planned));
  return 0;
}

function routeConsoleToStderr(io: PlanIo): () => void {
  const saved = { log: console.log, info: console.info, warn: console.warn, error: console.error, debug: console.debug };
  const toErr = (...args: unknown[]) => void io.stderr.write(`${args.map((a) => (typeof a === 'string' ? a : JSON.stringify(a))).join(' ')}\n`);
  console.log = toErr;
  console.info = toErr;
  console.warn = toErr;
  console.error = toErr;
  console.debug = toErr;
  return () => Object.assign(console, saved);
}

if (require.main === module) {
  // A failing program also rejects the promises of the resources it had started; plan() has
  // reported that error already, anything else is reported here.
  process.on('unhandledRejection', (reason) => {
    if (reason === reportedFailure) return;
    process.stderr.write(`plan: ${reason instanceof Error ? reason.stack : String(reason)}\n`);
    process.exitCode = 1;
  });
  plan(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (e) => {
      process.stderr.write(`plan: ${(e as Error).stack ?? e}\n`);
      process.exitCode = 1;
    },
  );
}
