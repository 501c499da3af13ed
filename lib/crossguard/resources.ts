import type { CloudResource, ObjectSource } from '../policy/types';

/** The parts of a CrossGuard PolicyResource the adapter reads (structurally typed, no runtime import). */
export interface StackResource {
  /** Pulumi type token, e.g. `kubernetes:apps/v1:Deployment`. */
  readonly type: string;
  /** Logical name of the resource. */
  readonly name: string;
  /** URN, where violations are reported. */
  readonly urn: string;
  /** Inputs at preview, outputs after an update. */
  readonly props: Record<string, any>;
  /** Which resources each top-level property came from (set by the CrossGuard analyzer). */
  readonly propertyDependencies?: Record<string, readonly StackResource[]>;
}

const CLUSTER_TYPE = 'tencentcloud:Kubernetes/cluster:Cluster';
const KMS_KEY_TYPE = 'tencentcloud:Kms/key:Key';
const TOPIC_TYPE = 'tencentcloud:Cls/topic:Topic';
const CLS_NOTICE_TYPE = 'tencentcloud:Cls/alarmNotice:AlarmNotice';
const MONITOR_NOTICE_TYPE = 'tencentcloud:Monitor/alarmNotice:AlarmNotice';

/** The logical names of the resources of a type a property came from. */
function depNames(deps: Record<string, readonly StackResource[]>, prop: string, type: string): string[] {
  return (deps[prop] ?? []).filter((d) => d.type === type).map((d) => d.name);
}

/**
 * A list of references as the logical names of the resources it came from. At preview the ids are
 * unknown; after `up` they are real ids, which the referenced resources' own props do not carry,
 * so either way the names are what the engine can follow. Only when the list holds more known
 * values than it has dependencies (ids of resources outside the stack among them) are the known
 * values kept beside the names, since which of them came from the stack cannot be told.
 */
function withDepNames(list: unknown, names: readonly string[]): string[] {
  const known = Array.isArray(list) ? list.filter((x): x is string => typeof x === 'string' && x !== '') : [];
  return known.length <= names.length ? [...names] : [...names, ...known];
}

/** A nested object with `field` set to `value` when it holds no string there (unknown at preview). */
function fillField(obj: unknown, field: string, value: string | undefined): unknown {
  if (value === undefined || obj === null || typeof obj !== 'object' || Array.isArray(obj)) return obj;
  const rec = obj as Record<string, unknown>;
  return typeof rec[field] === 'string' && rec[field] !== '' ? obj : { ...rec, [field]: value };
}

/**
 * Resolves the references between audit trails, CLS topics, alarms and notices the same way: at
 * preview a topic or notice id is unknown, so it becomes the logical name of the resource the
 * property came from (KW-CLU-007, KW-CLU-008). A list of alarm targets takes the topic name only
 * when it came from exactly one topic; several topics cannot be told apart and stay unknown.
 */
function resolveAlarmReferences(type: string, props: Record<string, any>, deps: Record<string, readonly StackResource[]>): void {
  const oneTopic = (prop: string): string | undefined => {
    const topics = depNames(deps, prop, TOPIC_TYPE);
    return topics.length === 1 ? topics[0] : undefined;
  };
  if (type === CLUSTER_TYPE && props.clusterAudit) props.clusterAudit = fillField(props.clusterAudit, 'topicId', oneTopic('clusterAudit'));
  if (props.storage && (type === 'tencentcloud:Events/auditTrack:AuditTrack' || type === 'tencentcloud:Audit/track:Track')) {
    props.storage = fillField(props.storage, 'storageName', oneTopic('storage'));
  }
  if (type === 'tencentcloud:Cls/index:Index') props.topicId = typeof props.topicId === 'string' && props.topicId !== '' ? props.topicId : oneTopic('topicId');
  if (type === 'tencentcloud:Cls/alarm:Alarm') {
    const topic = oneTopic('alarmTargets');
    if (Array.isArray(props.alarmTargets)) props.alarmTargets = props.alarmTargets.map((t: unknown) => fillField(t, 'topicId', topic));
    const notices = depNames(deps, 'alarmNoticeIds', CLS_NOTICE_TYPE);
    if (notices.length > 0) props.alarmNoticeIds = withDepNames(props.alarmNoticeIds, notices);
  }
  for (const prop of ['noticeIds', 'ampReceivers']) {
    const notices = depNames(deps, prop, MONITOR_NOTICE_TYPE);
    if (notices.length > 0) props[prop] = withDepNames(props[prop], notices);
  }
}

/**
 * Resolves references between cloud resources through the analyzer's property dependencies. At
 * preview a `clusterId` that comes from the cluster is unknown, and after `up` it is the real
 * `cls-...` id, which the cluster's own props do not carry; either way the dependency names the
 * cluster, so the reference becomes the cluster's logical name, which the engine understands
 * (lib/policy/model/cloud.ts). A KMS key id that is still unknown at preview is likewise credited
 * to the key it comes from.
 */
function resolveReferences(r: StackResource): Record<string, any> {
  const deps = r.propertyDependencies ?? {};
  const props = { ...r.props };
  const cluster = (deps.clusterId ?? []).find((d) => d.type === CLUSTER_TYPE);
  if (cluster) props.clusterId = cluster.name;
  resolveAlarmReferences(r.type, props, deps);
  const key = (deps.kmsConfiguration ?? []).find((d) => d.type === KMS_KEY_TYPE);
  if (key) {
    const kms = { ...(props.kmsConfiguration ?? {}) };
    if (typeof kms.keyId !== 'string' || kms.keyId === '') kms.keyId = key.name;
    props.kmsConfiguration = kms;
  }
  return props;
}

/** A `kubernetes:<group>/<version>:<Kind>` token split into apiVersion and kind, or undefined. @internal */
export function kubernetesTypeOf(type: string): { apiVersion: string; kind: string } | undefined {
  const m = /^kubernetes:([^:]+)\/([^/:]+):([A-Za-z0-9]+)$/.exec(type);
  if (!m) return undefined;
  const [, group, version, kind] = m;
  // Helm charts, YAML ConfigFiles and the like are component types, not objects.
  if (group === 'helm.sh' || group === 'yaml' || group === 'kustomize') return undefined;
  return { apiVersion: group === 'core' ? version : `${group}/${version}`, kind };
}

/**
 * Turns the resources of a stack into the engine's input: Kubernetes objects (apiVersion and
 * kind taken from the type token when the inputs omit them) and Tencent Cloud resources, with the
 * suppressions given for them by logical name (cloud resources carry no annotations).
 */
export function fromStack(
  resources: readonly StackResource[],
  suppressions: Readonly<Record<string, Record<string, string>>> = {},
): {
    objects: Record<string, unknown>[];
    sources: ObjectSource[];
    cloud: CloudResource[];
  } {
  const objects: Record<string, unknown>[] = [];
  const sources: ObjectSource[] = [];
  const cloud: CloudResource[] = [];
  for (const r of resources) {
    const k8s = kubernetesTypeOf(r.type);
    if (k8s) {
      objects.push({ ...r.props, apiVersion: r.props.apiVersion ?? k8s.apiVersion, kind: r.props.kind ?? k8s.kind });
      sources.push({ urn: r.urn });
    } else if (r.type.startsWith('tencentcloud:')) {
      cloud.push({ type: r.type, name: r.name, inputs: resolveReferences(r), source: { urn: r.urn }, suppressions: suppressions[r.name] });
    }
  }
  return { objects, sources, cloud };
}
