// The one place that turns workload props into a hardened pod: placement (namespace, registries,
// mesh), labels, image checks, security contexts, volumes, probes and spreading. Deployment,
// StatefulSet and CronJob all call it, so a hardening fix lands in all three at once.
import { Chart } from 'cdk8s';
import { IConstruct } from 'constructs';
import { HardenedPodProps, ProbeOptions, ZoneSpread } from './pod-props';
import { tenantDefaults } from './tenant-settings';
import { absolutePath, envName, labelMap, workloadName } from './validate';
import { intInRange, optionalArray, optionalBoolean, optionalString, requireRecord, requireString, show, stringList } from '../core/checks';
import { KubewardError } from '../core/errors';
import { requireLabelValue, requireName } from '../core/kube-names';
import { MANAGED_BY, MANAGED_BY_LABEL, NAME_LABEL, OWNER_LABEL } from '../core/labels';
import { ObjectShape, checkShape } from '../core/props-shape';
import { requireExactQuantity } from '../core/quantity';
import { ISTIO_PROXY_UID } from '../mesh/injection';
import { ResolvedMesh, meshPodAnnotations, resolveMesh } from '../mesh/mode';
import { CONTROLS } from '../policy/catalog-data';
import { isPinnedDigest, parseImage, registryAllowed } from '../policy/model/image';
import { isSharedNamespace } from '../policy/model/namespaces';
import { envCredentialOf } from '../policy/model/secret-names';
import { SUPPRESS_ANNOTATION, UNSUPPRESSIBLE, MIN_REASON_LENGTH, formatSuppressions } from '../policy/suppressions';
import { resolveRegistries } from '../supply-chain/registries';
import { ITenant, findTenant } from '../tenancy/tenant-ref';

/** Label that ties every object of a workload together and selects its pods. */
export const WORKLOAD_LABEL = 'kubeward.dev/workload';

const RESERVED_LABELS = new Set([WORKLOAD_LABEL, NAME_LABEL, OWNER_LABEL, MANAGED_BY_LABEL, 'app.kubernetes.io/part-of', 'kubeward.dev/tenant']);
const KNOWN_CONTROLS: ReadonlySet<string> = new Set(CONTROLS.map((c) => c.id));
const DEFAULT_UID = 65532;
const MAX_ID = 2147483647;
const REPO_COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const TAG = /^[\w][\w.-]{0,127}$/;
const HTTP_PATH = /^\/[!-~]*$/;

/** Where a workload lives and what its tenant allows. */
export interface Placement {
  /** The enclosing tenant, if any. */
  readonly tenant?: ITenant;
  /** Namespace of every object. */
  readonly namespace: string;
  /** Registries images may come from. */
  readonly trustedRegistries: readonly string[];
  /** Whether the Istio mesh is on. */
  readonly mesh: boolean;
  /**
   * The mesh the pods join, when known (a SecureTenant's, or the workload's own `mesh` options
   * outside a tenant): its proxy image and resources go on the pod template.
   */
  readonly meshMode?: ResolvedMesh;
}

/** What kind of workload is being hardened, for names and error messages. */
export interface WorkloadKind {
  /** The Kubernetes kind. */
  readonly kind: 'Deployment' | 'StatefulSet' | 'CronJob';
  /** Longest allowed name (controllers append suffixes to some names). */
  readonly maxNameLength: number;
  /** The declared shape of the kind's props (lib/workloads/shapes.ts): unknown props are refused. */
  readonly shape: ObjectShape;
}

/** Everything the common props resolve to, defaults applied. */
export interface ResolvedPod {
  /** The workload name. */
  readonly name: string;
  /** Placement. */
  readonly placement: Placement;
  /** Labels of every object and of the pods. */
  readonly labels: Record<string, string>;
  /** The subset that selects the pods (immutable once applied). */
  readonly selectorLabels: Record<string, string>;
  /** Annotations of every object (the suppression annotation, when there are suppressions). */
  readonly annotations: Record<string, string>;
  /** Annotations of the pod template (the sidecar's image and resources in a known mesh). */
  readonly podAnnotations: Record<string, string>;
  /** Control ids the user suppressed. */
  readonly suppressed: ReadonlySet<string>;
  /** The container image as given. */
  readonly image: string;
  /** Pull policy consistent with KW-IMG-004. */
  readonly imagePullPolicy: 'IfNotPresent' | 'Always';
  /** User id. */
  readonly runAsUser: number;
  /** Group id. */
  readonly runAsGroup: number;
  /** Requests and limits. */
  readonly resources: { requests: Record<string, string>; limits: Record<string, string> };
  /** Volumes and mounts for writable paths and Secrets. */
  readonly volumes: Array<Record<string, unknown>>;
  /** Mounts of the container. */
  readonly mounts: Array<Record<string, unknown>>;
  /** Container command. */
  readonly command?: string[];
  /** Container args. */
  readonly args?: string[];
  /** Container env. */
  readonly env?: Array<{ name: string; value: string }>;
  /** Grace period. */
  readonly terminationGracePeriodSeconds: number;
}

/** Extras that only some kinds have: ports, probes, persistent mounts, spreading, restart policy. */
export interface PodExtras {
  /** Named container ports. */
  readonly ports?: Array<{ name: string; containerPort: number }>;
  /** Probes (long-running workloads only). */
  readonly probes?: Record<string, unknown>;
  /** Extra mounts (persistent volume claims of a StatefulSet). */
  readonly extraMounts?: Array<Record<string, unknown>>;
  /** Topology spread, for replicated workloads. */
  readonly zoneSpread?: ZoneSpread;
  /** Restart policy (Jobs need OnFailure or Never). */
  readonly restartPolicy?: 'Always' | 'OnFailure' | 'Never';
  /** Extra pod-template annotations (the metrics annotations Istio's metrics merging reads). */
  readonly annotations?: Record<string, string>;
}

/**
 * Finds the tenant of a scope and checks the placement props against it; outside a tenant,
 * `namespace` and `trustedRegistries` are required.
 */
export function resolvePlacement(scope: IConstruct, path: string, props: Record<string, unknown>): Placement {
  // cdk8s writes an ApiObject into its nearest Chart; without one it fails later with its own
  // "cannot find a parent chart", after part of the workload is in the tree.
  if (!hasChart(scope)) {
    throw new KubewardError(path, 'scope', 'is not inside a Chart (a workload created directly under the App has nowhere to be written)', 'create the workload inside a SecureTenant or another Chart');
  }
  const tenant = findTenant(scope);
  if (tenant) {
    const namespace = tenant.namespaceName;
    if (props.namespace !== undefined && props.namespace !== namespace) {
      throw new KubewardError(path, 'namespace', `${show(props.namespace)} differs from the namespace of tenant ${namespace}`, 'omit namespace inside a tenant, or create the workload outside it');
    }
    if (props.mesh !== undefined && props.mesh !== tenant.meshEnabled) {
      throw new KubewardError(path, 'mesh', `${show(props.mesh)} conflicts with tenant ${namespace}, whose mesh is ${tenant.meshEnabled ? 'on' : 'off'}`, 'omit mesh inside a tenant: the tenant decides');
    }
    let registries = [...tenant.trustedRegistries];
    if (props.trustedRegistries !== undefined) {
      // The same registry syntax as the tenant's own list (lib/supply-chain/registries.ts).
      const narrowed = resolveRegistries(path, 'trustedRegistries', props.trustedRegistries);
      narrowed.forEach((r, i) => {
        const inside = tenant.trustedRegistries.includes(r) || (!r.startsWith('*.') && registryAllowed(parseImage(`${r}/x`), tenant.trustedRegistries));
        if (!inside) {
          throw new KubewardError(path, `trustedRegistries[${i}]`, `${show(r)} is not within the registries tenant ${namespace} trusts (${tenant.trustedRegistries.join(', ')})`, 'narrow the tenant\'s list (a path below one of its entries), or change the tenant');
        }
      });
      registries = narrowed;
    }
    return { tenant, namespace, trustedRegistries: registries, mesh: tenant.meshEnabled, ...(tenant.meshMode ? { meshMode: tenant.meshMode } : {}) };
  }
  if (props.namespace === undefined) {
    throw new KubewardError(path, 'namespace', 'is required outside a tenant', 'create the workload inside a SecureTenant, or pass namespace (and trustedRegistries)');
  }
  const namespace = requireName(path, 'namespace', props.namespace, 'dns-label', 'use 1-63 lowercase letters, digits or "-" (e.g. "payments")');
  if (isSharedNamespace(namespace)) {
    throw new KubewardError(path, 'namespace', `"${namespace}" is a shared or system namespace (KW-AUD-001)`, 'deploy into the team\'s own namespace');
  }
  if (props.trustedRegistries === undefined) {
    throw new KubewardError(path, 'trustedRegistries', 'is required outside a tenant', 'pass the registries images may come from, e.g. ["ccr.ccs.tencentyun.com/payments"]');
  }
  if (Array.isArray(props.trustedRegistries) && props.trustedRegistries.length === 0) {
    throw new KubewardError(path, 'trustedRegistries', 'is empty, so no image could ever be trusted', 'list at least one registry, e.g. "ccr.ccs.tencentyun.com"');
  }
  // Outside a tenant the workload's list is checked exactly as SecureTenant checks its own: a
  // host (with a dot, or localhost, and a port from 1 to 65535) and an optional path, no wildcard.
  const registries = resolveRegistries(path, 'trustedRegistries', props.trustedRegistries);
  // Outside a tenant the workload names its mesh itself, like a tenant does: `mesh: true` alone
  // would leave the proxy image, its resources and the control plane unknown.
  if (props.mesh === true) {
    throw new KubewardError(path, 'mesh', 'true does not say which mesh injects the sidecar', 'pass the mesh options, e.g. mesh: { proxyImage: "<registry>/proxyv2@sha256:<64 hex>" } (Istio with its CNI agent), or create the workload in a SecureTenant');
  }
  if (props.mesh === undefined || props.mesh === false) return { namespace, trustedRegistries: registries, mesh: optionalBoolean(path, 'mesh', props.mesh, false) };
  return { namespace, trustedRegistries: registries, mesh: true, meshMode: resolveMesh(path, 'mesh', props.mesh) };
}

/**
 * Validates and resolves the props every hardened workload shares. Throws a KubewardError naming
 * the prop and the fix for the first problem; returns plain data, nothing is created.
 */
export function resolvePod(scope: IConstruct, id: string, rawProps: HardenedPodProps, kind: WorkloadKind): ResolvedPod {
  const path = scope.node.path ? `${scope.node.path}/${id}` : id;
  const props = requireRecord(path, 'props', rawProps, `pass props with at least image and resources to the ${kind.kind}`);
  // Typos first (`replica`, `resources.memroy`): otherwise a misspelt prop would be reported as a
  // missing one, or silently left at its default.
  checkShape(path, '', props, kind.shape);
  const placement = resolvePlacement(scope, path, props);
  const name = workloadName(path, 'name', props.name ?? id, kind.maxNameLength);
  const suppressed = resolveSuppressions(path, props.suppressions);

  const fromTenant = tenantDefaults(placement.tenant);
  const owner = optionalString(path, 'owner', props.owner, 'give the owning team as a label value') ?? fromTenant.owner ?? placement.namespace;
  const extra = labelMap(path, 'labels', props.labels);
  for (const k of Object.keys(extra)) {
    if (RESERVED_LABELS.has(k)) {
      throw new KubewardError(path, `labels.${k}`, 'is set by kubeward (selector or ownership label)', k === OWNER_LABEL ? 'use the owner prop' : 'remove it; the name prop controls it');
    }
  }
  requireLabelValue(path, 'owner', owner);
  const selectorLabels = { [NAME_LABEL]: name, [WORKLOAD_LABEL]: name };
  const labels: Record<string, string> = {
    ...extra,
    ...fromTenant.labels,
    ...selectorLabels,
    [OWNER_LABEL]: owner,
    'app.kubernetes.io/part-of': placement.namespace,
    [MANAGED_BY_LABEL]: MANAGED_BY,
  };

  const image = requireString(path, 'image', props.image, 'give a digest-pinned image such as "ccr.ccs.tencentyun.com/team/app@sha256:<64 hex>"');
  const imagePullPolicy = checkImage(path, image, placement.trustedRegistries, suppressed);

  const runAsUser = idProp(path, 'runAsUser', props.runAsUser);
  if (placement.mesh && runAsUser === ISTIO_PROXY_UID) {
    // The redirect lets traffic of the proxy's UID bypass the proxy (injection-template.yaml: `-u 1337`),
    // so an application running as 1337 would talk past mTLS and authorization.
    throw new KubewardError(path, 'runAsUser', `${ISTIO_PROXY_UID} is the Istio proxy's user, whose traffic bypasses the sidecar`, 'run the application as another user (the default 65532)');
  }
  const runAsGroup = idProp(path, 'runAsGroup', props.runAsGroup);
  const resources = resolveResources(path, props.resources);

  const volumes: Array<Record<string, unknown>> = [];
  const mounts: Array<Record<string, unknown>> = [];
  const sizeLimit = props.writablePathSizeLimit ?? '256Mi';
  requireExactQuantity(path, 'writablePathSizeLimit', sizeLimit, '256Mi');
  const writable = stringList(path, 'writablePaths', props.writablePaths, 'list absolute directories such as "/tmp"');
  writable.forEach((p, i) => {
    absolutePath(path, `writablePaths[${i}]`, p);
    volumes.push({ name: `writable-${i}`, emptyDir: { sizeLimit } });
    mounts.push({ name: `writable-${i}`, mountPath: p });
  });
  optionalArray(path, 'secretMounts', props.secretMounts, 'pass [{ secretName, mountPath }]').forEach((m, i) => {
    const rec = requireRecord(path, `secretMounts[${i}]`, m, 'pass { secretName, mountPath }');
    const secretName = requireName(path, `secretMounts[${i}].secretName`, rec.secretName, 'dns-subdomain', 'use the DNS-subdomain name of a Secret in the same namespace');
    const mountPath = absolutePath(path, `secretMounts[${i}].mountPath`, rec.mountPath);
    // 0440 plus fsGroup: the files are readable by the workload's group and by nobody else.
    volumes.push({ name: `secret-${i}`, secret: { secretName, defaultMode: 0o440 } });
    mounts.push({ name: `secret-${i}`, mountPath, readOnly: true });
  });
  checkMountOverlap(path, mounts);

  const command = props.command === undefined ? undefined : stringList(path, 'command', props.command, 'pass the entrypoint as a list of strings');
  const args = props.args === undefined ? undefined : argList(path, props.args);
  const env = resolveEnv(path, props.env, suppressed);
  const terminationGracePeriodSeconds = intInRange(path, 'terminationGracePeriodSeconds', props.terminationGracePeriodSeconds, 0, 3600, 30);

  const annotations: Record<string, string> = {};
  if (suppressed.size > 0) annotations[SUPPRESS_ANNOTATION] = formatSuppressions(suppressionList(props.suppressions));
  return {
    name,
    placement,
    labels,
    selectorLabels,
    annotations,
    // The sidecar's exact image and resources, so the injected pod is what admission and the quota fit expect.
    podAnnotations: placement.meshMode ? meshPodAnnotations(placement.meshMode) : {},
    suppressed: new Set(suppressed.keys()),
    image,
    imagePullPolicy,
    runAsUser,
    runAsGroup,
    resources,
    volumes,
    mounts,
    command,
    args,
    env,
    terminationGracePeriodSeconds,
  };
}

/**
 * Builds the hardened pod template: restricted security contexts at pod and container level,
 * no service-account token, its own ServiceAccount, read-only root with explicit writable
 * directories, and the extras of the kind.
 */
export function buildPodTemplate(pod: ResolvedPod, extras: PodExtras = {}): { metadata: Record<string, unknown>; spec: Record<string, unknown> } {
  const container: Record<string, unknown> = {
    name: pod.name,
    image: pod.image,
    imagePullPolicy: pod.imagePullPolicy,
    ...(pod.command ? { command: pod.command } : {}),
    ...(pod.args ? { args: pod.args } : {}),
    ...(pod.env ? { env: pod.env } : {}),
    ...(extras.ports && extras.ports.length > 0 ? { ports: extras.ports.map((p) => ({ name: p.name, containerPort: p.containerPort, protocol: 'TCP' })) } : {}),
    resources: { requests: { ...pod.resources.requests }, limits: { ...pod.resources.limits } },
    securityContext: {
      allowPrivilegeEscalation: false,
      privileged: false,
      readOnlyRootFilesystem: true,
      runAsNonRoot: true,
      runAsUser: pod.runAsUser,
      runAsGroup: pod.runAsGroup,
      capabilities: { drop: ['ALL'] },
      seccompProfile: { type: 'RuntimeDefault' },
    },
    ...(extras.probes ?? {}),
  };
  const mounts = [...pod.mounts, ...(extras.extraMounts ?? [])];
  if (mounts.length > 0) container.volumeMounts = mounts;

  const spec: Record<string, unknown> = {
    serviceAccountName: pod.name,
    automountServiceAccountToken: false,
    // Service links inject one environment variable per Service of the namespace: noise at best,
    // an information leak between workloads at worst.
    enableServiceLinks: false,
    terminationGracePeriodSeconds: pod.terminationGracePeriodSeconds,
    securityContext: {
      runAsNonRoot: true,
      runAsUser: pod.runAsUser,
      runAsGroup: pod.runAsGroup,
      fsGroup: pod.runAsGroup,
      fsGroupChangePolicy: 'OnRootMismatch',
      seccompProfile: { type: 'RuntimeDefault' },
    },
    containers: [container],
    ...(extras.restartPolicy ? { restartPolicy: extras.restartPolicy } : {}),
    ...(pod.volumes.length > 0 ? { volumes: pod.volumes } : {}),
    ...(extras.zoneSpread ? { topologySpreadConstraints: spreadConstraints(pod.selectorLabels, extras.zoneSpread) } : {}),
  };
  const annotations = { ...pod.podAnnotations, ...(extras.annotations ?? {}) };
  return { metadata: { labels: { ...pod.labels }, ...(Object.keys(annotations).length > 0 ? { annotations } : {}) }, spec };
}

/**
 * Spreads replicas over zones (the policy chosen by the user, DoNotSchedule by default) and, as
 * a preference only, over nodes: a hard per-node rule would leave pods Pending on a small node
 * pool, while losing one node is already covered by the PodDisruptionBudget and replicas.
 * `nodeTaintsPolicy: Honor` keeps tainted (cordoned, unreachable) nodes out of the skew count,
 * so a failed zone does not block rescheduling into the healthy ones.
 */
export function spreadConstraints(selectorLabels: Record<string, string>, zone: ZoneSpread): Array<Record<string, unknown>> {
  return [
    {
      maxSkew: 1,
      topologyKey: 'topology.kubernetes.io/zone',
      whenUnsatisfiable: zone,
      labelSelector: { matchLabels: { ...selectorLabels } },
      nodeTaintsPolicy: 'Honor',
    },
    {
      maxSkew: 1,
      topologyKey: 'kubernetes.io/hostname',
      whenUnsatisfiable: ZoneSpread.PREFERRED,
      labelSelector: { matchLabels: { ...selectorLabels } },
      nodeTaintsPolicy: 'Honor',
    },
  ];
}

/**
 * Startup, readiness and liveness probes: HTTP when a path is given, TCP on the port otherwise,
 * a command when there is no port. The startup probe holds the others back until the app is up,
 * so liveness can be strict without killing slow starters.
 */
export function buildProbes(path: string, raw: ProbeOptions | undefined, port: number | undefined): Record<string, unknown> {
  const probes = raw === undefined ? {} : requireRecord(path, 'probes', raw, 'pass { path?, livenessPath?, command?, startupTimeoutSeconds? }');
  const readyPath = probes.path === undefined ? undefined : httpPath(path, 'probes.path', probes.path);
  const livePath = probes.livenessPath === undefined ? readyPath : httpPath(path, 'probes.livenessPath', probes.livenessPath);
  const command = probes.command === undefined ? undefined : stringList(path, 'probes.command', probes.command, 'pass the probe command as a list of strings');
  if (command !== undefined && command.length === 0) {
    throw new KubewardError(path, 'probes.command', 'is empty', 'give the command that exits 0 when the app is healthy');
  }
  if (command && (readyPath || probes.livenessPath !== undefined)) {
    throw new KubewardError(path, 'probes', 'sets both command and an HTTP path', 'choose one kind of probe');
  }
  const startupTimeout = intInRange(path, 'probes.startupTimeoutSeconds', probes.startupTimeoutSeconds, 10, 3600, 300);
  const check = (p: string | undefined): Record<string, unknown> => {
    if (command) return { exec: { command } };
    if (port === undefined) {
      throw new KubewardError(path, 'probes', 'a long-running workload without a port has nothing to probe', 'give a port, or probes.command (e.g. ["/app/healthcheck"])');
    }
    return p ? { httpGet: { path: p, port, scheme: 'HTTP' } } : { tcpSocket: { port } };
  };
  const period = 10;
  return {
    startupProbe: { ...check(livePath), periodSeconds: period, timeoutSeconds: 3, failureThreshold: Math.ceil(startupTimeout / period) },
    readinessProbe: { ...check(readyPath), periodSeconds: period, timeoutSeconds: 3, failureThreshold: 3 },
    livenessProbe: { ...check(livePath), periodSeconds: period, timeoutSeconds: 3, failureThreshold: 3 },
  };
}

/** Checks a container port: non-root cannot bind below 1024. */
export function containerPort(path: string, prop: string, value: unknown): number {
  if (typeof value === 'number' && Number.isInteger(value) && value >= 1 && value < 1024) {
    throw new KubewardError(path, prop, `${value} is a privileged port, which a non-root process without capabilities cannot bind`, 'listen on 1024 or above and set servicePort for the port clients use (e.g. port 8080, servicePort 80)');
  }
  return intInRange(path, prop, value, 1024, 65535);
}

function httpPath(path: string, prop: string, value: unknown): string {
  if (typeof value !== 'string' || !HTTP_PATH.test(value)) {
    throw new KubewardError(path, prop, `${show(value)} is not an absolute HTTP path`, 'start the path with "/" and use printable characters without spaces (e.g. "/healthz")');
  }
  return value;
}

function idProp(path: string, prop: string, value: unknown): number {
  if (value === 0) {
    throw new KubewardError(path, prop, 'is 0, which is root', `use a non-zero numeric id (default ${DEFAULT_UID})`);
  }
  return intInRange(path, prop, value, 1, MAX_ID, DEFAULT_UID);
}

function resolveResources(path: string, raw: unknown): ResolvedPod['resources'] {
  const r = requireRecord(path, 'resources', raw, 'pass { cpu: "250m", memory: "256Mi" }');
  const cpu = requireExactQuantity(path, 'resources.cpu', r.cpu, '250m');
  const memory = requireExactQuantity(path, 'resources.memory', r.memory, '256Mi');
  const cpuLimit = r.cpuLimit === undefined ? cpu : requireExactQuantity(path, 'resources.cpuLimit', r.cpuLimit, '500m');
  const memoryLimit = r.memoryLimit === undefined ? memory : requireExactQuantity(path, 'resources.memoryLimit', r.memoryLimit, '512Mi');
  // Exact comparison: '1Gi' and '1073741824' are equal, '0.3' is not below '0.1' + '0.2'.
  if (cpuLimit.compare(cpu) < 0) {
    throw new KubewardError(path, 'resources.cpuLimit', `${show(cpuLimit.text)} is below the request ${show(cpu.text)}`, 'raise the limit to at least the request, or omit it to use the request');
  }
  if (memoryLimit.compare(memory) < 0) {
    throw new KubewardError(path, 'resources.memoryLimit', `${show(memoryLimit.text)} is below the request ${show(memory.text)}`, 'raise the limit to at least the request, or omit it to use the request');
  }
  return {
    requests: { cpu: cpu.text, memory: memory.text },
    limits: { cpu: cpuLimit.text, memory: memoryLimit.text },
  };
}

/** Image checks with their controls: each one can only be waived by suppressing that control. */
function checkImage(path: string, image: string, registries: readonly string[], suppressed: ReadonlyMap<string, string>): 'IfNotPresent' | 'Always' {
  if (/\s/.test(image)) {
    throw new KubewardError(path, 'image', `${show(image)} contains whitespace`, 'write the reference without spaces');
  }
  const ref = parseImage(image);
  const badRepo = ref.repository.length === 0 || ref.repository.split('/').some((c) => !REPO_COMPONENT.test(c));
  if (badRepo || (ref.tag !== undefined && !TAG.test(ref.tag)) || (image.includes('@') && ref.digest === undefined)) {
    throw new KubewardError(path, 'image', `${show(image)} is not a valid image reference`, 'write registry/repository@sha256:<64 lowercase hex>, with a lowercase repository path');
  }
  if (!registryAllowed(ref, registries) && !suppressed.has('KW-IMG-003')) {
    throw new KubewardError(path, 'image', `${show(image)} does not come from a trusted registry (${registries.join(', ')}) (KW-IMG-003)`, 'push the image to a trusted registry (e.g. your TCR namespace) and reference it there');
  }
  if (ref.digest !== undefined) {
    if (!isPinnedDigest(ref.digest)) {
      throw new KubewardError(path, 'image', `the digest of ${show(image)} is not sha256:<64 lowercase hex> or sha512:<128 lowercase hex>`, 'copy the digest exactly as the registry prints it (e.g. `docker buildx imagetools inspect`)');
    }
    // A digest never changes meaning, so the node cache is always right (KW-IMG-004 passes).
    return 'IfNotPresent';
  }
  if (!suppressed.has('KW-IMG-002')) {
    throw new KubewardError(path, 'image', `${show(image)} is not pinned by digest (KW-IMG-002)`, 'append the digest: repo:tag@sha256:<64 hex>, or add suppressions: [{ id: "KW-IMG-002", reason: "..." }] if a mutable tag is really intended');
  }
  if ((ref.tag === undefined || ref.tag === 'latest') && !suppressed.has('KW-IMG-001')) {
    throw new KubewardError(path, 'image', `${show(image)} has ${ref.tag ? 'the tag latest' : 'neither tag nor digest'} (KW-IMG-001)`, 'pin a digest, or at least an immutable release tag');
  }
  // A mutable tag must be re-resolved on every start, or nodes run different code (KW-IMG-004).
  return 'Always';
}

function resolveSuppressions(path: string, raw: unknown): Map<string, string> {
  const out = new Map<string, string>();
  optionalArray(path, 'suppressions', raw, 'pass [{ id: "KW-IMG-002", reason: "why the risk is acceptable" }]').forEach((s, i) => {
    const rec = requireRecord(path, `suppressions[${i}]`, s, 'pass { id, reason }');
    const id = rec.id;
    if (typeof id !== 'string' || !KNOWN_CONTROLS.has(id)) {
      throw new KubewardError(path, `suppressions[${i}].id`, `${show(id)} is not a control of the catalog`, 'use a control id such as "KW-IMG-002" (`kubeward controls` lists them)');
    }
    if (UNSUPPRESSIBLE.has(id)) {
      throw new KubewardError(path, `suppressions[${i}].id`, `${id} cannot be suppressed`, 'remove the setting that needs it; it grants node- or cluster-wide control');
    }
    if (out.has(id)) {
      throw new KubewardError(path, `suppressions[${i}].id`, `${id} is suppressed twice`, 'keep one entry per control');
    }
    const reason = rec.reason;
    if (typeof reason !== 'string' || reason.trim().length < MIN_REASON_LENGTH) {
      throw new KubewardError(path, `suppressions[${i}].reason`, `the reason ${show(reason)} is shorter than ${MIN_REASON_LENGTH} characters`, 'say why the risk is acceptable; the reason appears in the audit report');
    }
    if (/;\s*KW-/.test(reason) || /[\r\n]/.test(reason)) {
      throw new KubewardError(path, `suppressions[${i}].reason`, 'contains a line break or "; KW-", which would split the annotation', 'write the reason on one line without "; KW-"');
    }
    out.set(id, reason.trim());
  });
  return out;
}

function suppressionList(raw: unknown): Array<{ controlId: string; reason: string }> {
  return (raw as Array<{ id: string; reason: string }>).map((s) => ({ controlId: s.id, reason: s.reason.trim() }));
}

function resolveEnv(path: string, raw: unknown, suppressed: ReadonlyMap<string, string>): Array<{ name: string; value: string }> | undefined {
  if (raw === undefined) return undefined;
  const vars = requireRecord(path, 'env', raw, 'pass an object of names to strings, e.g. { LOG_LEVEL: "info" }');
  const out: Array<{ name: string; value: string }> = [];
  for (const [name, value] of Object.entries(vars)) {
    envName(path, `env.${name}`, name);
    if (typeof value !== 'string') {
      throw new KubewardError(path, `env.${name}`, `${show(value)} is not a string`, 'quote the value (environment variables are strings)');
    }
    // The engine's own KW-POD-025 verdict, so the construct refuses exactly what the audit flags.
    const credential = envCredentialOf(name, value);
    if (credential && !suppressed.has('KW-POD-025')) {
      const what = credential.kind === 'private-key' ? 'embeds a private key' : `looks like a credential (its name matches ${credential.fragment})`;
      throw new KubewardError(path, `env.${name}`, `${what} written in plain text (KW-POD-025)`, 'put it in a Secret and mount it with secretMounts, then pass the file path instead');
    }
    out.push({ name, value });
  }
  return out.length > 0 ? out : undefined;
}

function argList(path: string, raw: unknown): string[] {
  if (!Array.isArray(raw) || raw.some((a) => typeof a !== 'string')) {
    throw new KubewardError(path, 'args', `${show(raw)} is not a list of strings`, 'pass the arguments as strings');
  }
  return [...raw] as string[];
}

function checkMountOverlap(path: string, mounts: Array<Record<string, unknown>>): void {
  const paths = mounts.map((m) => m.mountPath as string);
  for (let i = 0; i < paths.length; i++) {
    for (let j = 0; j < paths.length; j++) {
      if (i !== j && (paths[i] === paths[j] ? i < j : paths[j].startsWith(`${paths[i]}/`))) {
        throw new KubewardError(path, 'writablePaths', `mount ${show(paths[j])} ${paths[i] === paths[j] ? 'is listed twice' : `lies inside ${show(paths[i])}`}`, 'give each directory once and do not nest mounts');
      }
    }
  }
}

/** Merges per-object annotations with the workload's (suppressions). */
export function metadataOf(pod: ResolvedPod, name: string, extraLabels: Record<string, string> = {}): Record<string, unknown> {
  return {
    name,
    namespace: pod.placement.namespace,
    labels: { ...pod.labels, ...extraLabels },
    ...(Object.keys(pod.annotations).length > 0 ? { annotations: { ...pod.annotations } } : {}),
  };
}

/** Whether `scope` is a Chart or has one among its ancestors. */
function hasChart(scope: IConstruct): boolean {
  return scope.node.scopes.some((c) => Chart.isChart(c));
}
