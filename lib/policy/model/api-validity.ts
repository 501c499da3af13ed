// What the API server refuses beyond the JSON schemas, for the kinds kubeward writes: object names
// per kind, label and annotation syntax and size, unique container, port and Service port names
// and numbers, selector/template agreement, and one object per (kind, namespace, name).
// The rules are those of the API server's validation (kubernetes/kubernetes
// pkg/apis/core/validation/validation.go: ValidateObjectMeta, ValidateNamespaceName,
// ValidateServiceName (DNS-1035 label), validateContainers (unique names), validateContainerPorts
// (IANA_SVC_NAME port names), ValidateService (port names required when more than one, unique;
// unique port/protocol pairs); pkg/apis/apps/validation/validation.go: selector non-empty and
// matching the template labels; pkg/apis/batch/validation/validation.go: CronJob names at most
// 52 characters (63 - 11 for the Job suffix); pkg/apis/rbac/validation: RBAC names are path
// segments; apimachinery pkg/api/validation/objectmeta.go: TotalAnnotationSizeLimitB = 256 KiB).
// Framework-free (plain objects), so the constructs' synth-time check, the property tests and
// anything else can run it on what is about to be written.
import { DNS_LABEL_MAX, isDns1035Label, isDnsLabel, isDnsSubdomain, isLabelKey, isLabelValue } from './names';

/** The API server's limit on the total size of an object's annotations (keys plus values). */
export const ANNOTATIONS_MAX_BYTES = 256 * 1024;
/** Longest CronJob name: the controller appends an 11-character suffix to its Jobs' names. */
export const CRONJOB_NAME_MAX = DNS_LABEL_MAX - 11;
/** Longest IANA service name (a named container port). */
export const PORT_NAME_MAX = 15;

/** One reason the API server would refuse an object. */
export interface ApiValidityError {
  /** `Kind namespace/name` (or `Kind name` when cluster-scoped) of the object. */
  readonly object: string;
  /** Dotted field path inside the object. */
  readonly field: string;
  /** What is wrong. */
  readonly problem: string;
}

type Json = any;

const UTF8 = new TextEncoder();

type NameRule = 'dns-label' | 'dns-1035-label' | 'dns-subdomain' | 'path-segment';

// Kinds whose name is not an RFC 1123 subdomain (every other kind, custom resources included, is).
const NAME_RULES: Record<string, NameRule> = {
  'Namespace': 'dns-label',
  'Service': 'dns-1035-label',
  'rbac.authorization.k8s.io/Role': 'path-segment',
  'rbac.authorization.k8s.io/RoleBinding': 'path-segment',
  'rbac.authorization.k8s.io/ClusterRole': 'path-segment',
  'rbac.authorization.k8s.io/ClusterRoleBinding': 'path-segment',
};

const SELECTING_KINDS = new Set(['apps/Deployment', 'apps/StatefulSet', 'apps/ReplicaSet', 'apps/DaemonSet']);

/** Group-qualified kind (`apps/Deployment`; core kinds unprefixed). */
function groupKind(obj: Json): string {
  const apiVersion = typeof obj?.apiVersion === 'string' ? obj.apiVersion : '';
  const group = apiVersion.includes('/') ? apiVersion.slice(0, apiVersion.indexOf('/')) : '';
  return group ? `${group}/${obj?.kind}` : String(obj?.kind);
}

/** Whether a value is an IANA service name (a named container port, a named targetPort). */
export function isPortName(value: unknown): boolean {
  return typeof value === 'string' && value.length > 0 && value.length <= PORT_NAME_MAX
    && /^[a-z0-9]([a-z0-9-]*[a-z0-9])?$/.test(value) && /[a-z]/.test(value) && !value.includes('--');
}

function isPathSegment(value: unknown): boolean {
  return typeof value === 'string' && value !== '' && value !== '.' && value !== '..' && !/[/%]/.test(value);
}

function nameOk(rule: NameRule, name: unknown): boolean {
  switch (rule) {
    case 'dns-label': return isDnsLabel(name);
    case 'dns-1035-label': return isDns1035Label(name);
    case 'path-segment': return isPathSegment(name);
    default: return isDnsSubdomain(name);
  }
}

/** Whether a label selector (matchLabels and matchExpressions) selects a label set. */
export function selectorMatches(selector: Json, labels: Record<string, string>): boolean {
  for (const [k, v] of Object.entries(selector?.matchLabels ?? {})) if (labels[k] !== v) return false;
  for (const e of (selector?.matchExpressions ?? []) as Json[]) {
    const has = Object.prototype.hasOwnProperty.call(labels, e.key);
    const values: unknown[] = e.values ?? [];
    if (e.operator === 'In' && !(has && values.includes(labels[e.key]))) return false;
    if (e.operator === 'NotIn' && has && values.includes(labels[e.key])) return false;
    if (e.operator === 'Exists' && !has) return false;
    if (e.operator === 'DoesNotExist' && has) return false;
  }
  return true;
}

/** The pod spec of a workload object, and its field path. */
function podSpecOf(gk: string, obj: Json): { spec: Json; at: string; labels: Json; labelsAt: string } | undefined {
  if (gk === 'Pod') return { spec: obj.spec, at: 'spec', labels: obj.metadata?.labels, labelsAt: 'metadata.labels' };
  if (gk === 'batch/CronJob') {
    return { spec: obj.spec?.jobTemplate?.spec?.template?.spec, at: 'spec.jobTemplate.spec.template.spec', labels: obj.spec?.jobTemplate?.spec?.template?.metadata?.labels, labelsAt: 'spec.jobTemplate.spec.template.metadata.labels' };
  }
  if (obj.spec?.template && (SELECTING_KINDS.has(gk) || gk === 'batch/Job' || gk === 'ReplicationController')) {
    return { spec: obj.spec.template.spec, at: 'spec.template.spec', labels: obj.spec.template.metadata?.labels, labelsAt: 'spec.template.metadata.labels' };
  }
  return undefined;
}

/**
 * Every reason the API server would refuse one of `objects` (plain JSON as written to the
 * manifest), in input order; empty when it would accept them all.
 */
export function validateObjects(objects: readonly Json[]): ApiValidityError[] {
  const errors: ApiValidityError[] = [];
  const seen = new Map<string, number>();
  objects.forEach((obj) => {
    const gk = groupKind(obj);
    const meta = obj?.metadata ?? {};
    const ns = meta.namespace;
    const ref = `${obj?.kind} ${ns ? `${ns}/` : ''}${meta.name}`;
    const err = (field: string, problem: string) => errors.push({ object: ref, field, problem });

    const rule = NAME_RULES[gk] ?? 'dns-subdomain';
    if (!nameOk(rule, meta.name)) err('metadata.name', `${JSON.stringify(meta.name)} is not ${rule === 'path-segment' ? 'a path segment' : `a ${rule}`}`);
    if (gk === 'batch/CronJob' && typeof meta.name === 'string' && meta.name.length > CRONJOB_NAME_MAX) {
      err('metadata.name', `a CronJob name has at most ${CRONJOB_NAME_MAX} characters (the Job suffix takes 11), ${meta.name.length} given`);
    }
    if (ns !== undefined && !isDnsLabel(ns)) err('metadata.namespace', `${JSON.stringify(ns)} is not a namespace name`);
    labelsOk(meta.labels, 'metadata.labels', err);
    annotationsOk(meta.annotations, 'metadata.annotations', err);

    const key = `${gk}|${ns ?? ''}|${meta.name}`;
    if (seen.has(key)) err('metadata.name', `a second ${obj?.kind} of this name in this namespace (object ${seen.get(key)! + 1} already has it)`);
    else seen.set(key, errors.length);

    const pod = podSpecOf(gk, obj);
    if (pod) {
      labelsOk(pod.labels, pod.labelsAt, err);
      podOk(pod.spec ?? {}, pod.at, err);
      if (SELECTING_KINDS.has(gk)) {
        const sel = obj.spec?.selector;
        const empty = !sel || (Object.keys(sel.matchLabels ?? {}).length === 0 && (sel.matchExpressions ?? []).length === 0);
        if (empty) err('spec.selector', 'empty selector (it would select every pod of the namespace)');
        else if (!selectorMatches(sel, pod.labels ?? {})) err('spec.selector', `does not select the template's labels ${JSON.stringify(pod.labels ?? {})}`);
        labelsOk(sel?.matchLabels, 'spec.selector.matchLabels', err);
      }
    }
    if (gk === 'Service') serviceOk(obj.spec ?? {}, err);
  });
  return errors;
}

type Err = (field: string, problem: string) => void;

function labelsOk(labels: Json, at: string, err: Err): void {
  if (labels === undefined || labels === null) return;
  for (const [k, v] of Object.entries(labels)) {
    if (!isLabelKey(k)) err(`${at}.${k}`, `${JSON.stringify(k)} is not a label key`);
    if (!isLabelValue(v)) err(`${at}.${k}`, `${JSON.stringify(v)} is not a label value`);
  }
}

function annotationsOk(annotations: Json, at: string, err: Err): void {
  if (annotations === undefined || annotations === null) return;
  let size = 0;
  for (const [k, v] of Object.entries(annotations)) {
    if (!isLabelKey(k)) err(`${at}.${k}`, `${JSON.stringify(k)} is not an annotation key`);
    size += UTF8.encode(k).length + UTF8.encode(String(v)).length;
  }
  if (size > ANNOTATIONS_MAX_BYTES) err(at, `annotations total ${size} bytes, above the API server's ${ANNOTATIONS_MAX_BYTES}`);
}

function podOk(spec: Json, at: string, err: Err): void {
  const names = new Set<string>();
  const portNames = new Set<string>();
  for (const field of ['initContainers', 'containers', 'ephemeralContainers']) {
    ((spec[field] ?? []) as Json[]).forEach((c, i) => {
      const here = `${at}.${field}[${i}]`;
      if (!isDnsLabel(c.name)) err(`${here}.name`, `${JSON.stringify(c.name)} is not an RFC 1123 label`);
      else if (names.has(c.name)) err(`${here}.name`, `container name ${JSON.stringify(c.name)} used twice in the pod`);
      names.add(c.name);
      const numbers = new Set<string>();
      ((c.ports ?? []) as Json[]).forEach((p, j) => {
        if (p.name !== undefined) {
          if (!isPortName(p.name)) err(`${here}.ports[${j}].name`, `${JSON.stringify(p.name)} is not an IANA service name`);
          else if (portNames.has(p.name)) err(`${here}.ports[${j}].name`, `port name ${JSON.stringify(p.name)} used twice in the pod`);
          portNames.add(p.name);
        }
        const num = `${p.containerPort}/${p.protocol ?? 'TCP'}`;
        if (numbers.has(num)) err(`${here}.ports[${j}]`, `port ${num} declared twice in the container`);
        numbers.add(num);
      });
    });
  }
  const volumes = new Set<string>();
  ((spec.volumes ?? []) as Json[]).forEach((v, i) => {
    if (!isDnsLabel(v.name)) err(`${at}.volumes[${i}].name`, `${JSON.stringify(v.name)} is not an RFC 1123 label`);
    else if (volumes.has(v.name)) err(`${at}.volumes[${i}].name`, `volume name ${JSON.stringify(v.name)} used twice`);
    volumes.add(v.name);
  });
}

function serviceOk(spec: Json, err: Err): void {
  const ports = (spec.ports ?? []) as Json[];
  const names = new Set<string>();
  const pairs = new Set<string>();
  ports.forEach((p, i) => {
    const at = `spec.ports[${i}]`;
    if (ports.length > 1 && (p.name === undefined || p.name === '')) err(`${at}.name`, 'a Service with more than one port must name every port');
    if (p.name !== undefined && p.name !== '') {
      if (!isDnsLabel(p.name)) err(`${at}.name`, `${JSON.stringify(p.name)} is not an RFC 1123 label`);
      else if (names.has(p.name)) err(`${at}.name`, `port name ${JSON.stringify(p.name)} used twice`);
      names.add(p.name);
    }
    const pair = `${p.port}/${p.protocol ?? 'TCP'}`;
    if (pairs.has(pair)) err(`${at}.port`, `port ${pair} used twice`);
    pairs.add(pair);
    if (typeof p.targetPort === 'string' && !isPortName(p.targetPort)) err(`${at}.targetPort`, `${JSON.stringify(p.targetPort)} is not an IANA service name`);
  });
}

/** One line per error, for messages. */
export function describeApiValidityErrors(errors: readonly ApiValidityError[]): string {
  return errors.map((e) => `${e.object}: ${e.field}: ${e.problem}`).join('\n');
}
