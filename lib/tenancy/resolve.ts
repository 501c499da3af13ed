// Turns SecureTenantProps into effective settings, validating everything, before the tenant adds
// a single construct to the tree: a bad prop throws a KubewardError and leaves the app untouched.
import { IConstruct } from 'constructs';
import { isOptOut } from './checks';
import { ResolvedQuota, resolveQuota } from './quota';
import { TenantSubjects } from './rbac';
import { TENANT_SHAPE } from './shapes';
import { parseSubjects } from './subjects';
import { ResolvedBackup, resolveBackup } from '../backup/schedule';
import { optionalBoolean, optionalRecord, requireRecord, show } from '../core/checks';
import { KubewardError } from '../core/errors';
import { LABEL_VALUE_FIX } from '../core/kube-names';
import { isLabelValue, ownershipLabels } from '../core/labels';
import { isDnsLabel } from '../core/names';
import { checkShape } from '../core/props-shape';
import { ResolvedMesh, checkProxyWithinLimits, meshInjectionLabels, resolveMesh } from '../mesh/mode';
import { ResolvedAlerting, resolveAlerting } from '../observability/alerts';
import { ResolvedLogging, resolveLogging } from '../observability/log-config';
import { CHECKED_PSS_VERSION } from '../policy/model/kubernetes-version';
import { isSharedNamespace } from '../policy/model/namespaces';
import { AdmissionApiVersion } from '../supply-chain/admission-policy';
import { ResolvedSignatureVerification, resolveSignatureVerification } from '../supply-chain/kyverno';
import { resolveRegistries } from '../supply-chain/registries';

/** The label naming the tenant on every object it writes. */
export const TENANT_LABEL = 'kubeward.dev/tenant';
// The engine reads the opt-out annotation into every report's "not covered" list.
export { OPT_OUTS_ANNOTATION } from '../policy/opt-outs';

// Effective mesh settings (the mesh mode: provider, CNI, proxy image and resources, control plane).
export type { ResolvedMesh } from '../mesh/mode';

/** Effective image policy settings. */
export interface ResolvedImagePolicy {
  /** Admission API version. */
  readonly admissionApiVersion: AdmissionApiVersion;
  /** Signature verification, if asked for. */
  readonly signatureVerification?: ResolvedSignatureVerification;
}

/** Every effective setting of a tenant. */
export interface ResolvedTenant {
  /** The namespace name. */
  readonly namespace: string;
  /** Value of the `owner` label. */
  readonly owner: string;
  /** Ownership labels put on every object of the tenant. */
  readonly labels: Record<string, string>;
  /** Labels of the Namespace itself (PSS, ownership, mesh injection). */
  readonly namespaceLabels: Record<string, string>;
  /** Pod Security Standard enforced, and the version pinned. */
  readonly podSecurity: { readonly level: 'restricted' | 'baseline'; readonly version: string };
  /** Quota and container limits, checked against each other. */
  readonly quota: ResolvedQuota;
  /** RBAC subjects per role. */
  readonly subjects: TenantSubjects;
  /** Registries the tenant's images may come from. */
  readonly trustedRegistries: readonly string[];
  /** Whether the default-deny ingress policy is written. */
  readonly defaultDenyIngress: boolean;
  /** Whether the default-deny egress policy is written. */
  readonly defaultDenyEgress: boolean;
  /** Whether the tenant's pods may talk to each other. */
  readonly allowIntraTenant: boolean;
  /** Whether the pods may query the NodeLocal DNSCache listener (169.254.20.10:53). */
  readonly nodeLocalDnsCache: boolean;
  /** Mesh settings; absent when the mesh is turned off. */
  readonly mesh?: ResolvedMesh;
  /** Backup settings; absent when backups are turned off. */
  readonly backup?: ResolvedBackup;
  /** Log shipping settings; absent when logging is turned off. */
  readonly logging?: ResolvedLogging;
  /** Alerting settings; absent when alerting is turned off. */
  readonly alerting?: ResolvedAlerting;
  /** Image admission settings; absent when the policy is turned off. */
  readonly imagePolicy?: ResolvedImagePolicy;
  /** Part → reason, for every opt-out. */
  readonly optOuts: Readonly<Record<string, string>>;
  /** Control id → reason, for opt-outs that weaken a catalog control. */
  readonly suppressions: Readonly<Record<string, string>>;
}

const PSS_VERSION = /^(latest|v1\.(0|[1-9]\d{0,2}))$/;

/** The path a construct with this id will have. */
export function futurePath(scope: IConstruct, id: string): string {
  return scope.node.path ? `${scope.node.path}/${id}` : id;
}

/** Validates and resolves SecureTenantProps. */
export function resolveTenant(path: string, id: string, propsValue: unknown): ResolvedTenant {
  const props = requireRecord(path, 'props', propsValue, 'pass { quota, trustedRegistries, ... }');
  // Unknown props anywhere in the tree (typos such as `quota.cpus`) first, from the one declared
  // shape (lib/tenancy/shapes.ts): the resolvers below then only see known keys.
  checkShape(path, '', props, TENANT_SHAPE);

  const namespace = props.namespace ?? id;
  if (typeof namespace !== 'string' || !isDnsLabel(namespace)) {
    throw new KubewardError(path, props.namespace === undefined ? 'namespace (from the construct id)' : 'namespace', `${show(namespace)} is not an RFC 1123 label`,
      'use 1-63 lowercase letters, digits or "-", starting and ending with a letter or digit (e.g. "payments"), or pass namespace explicitly');
  }
  if (isSharedNamespace(namespace)) {
    throw new KubewardError(path, 'namespace', `${namespace} is a system namespace`, 'give the tenant its own namespace');
  }
  const owner = props.owner ?? namespace;
  if (!isLabelValue(owner) || owner === '') {
    throw new KubewardError(path, 'owner', `${show(owner)} is not a label value`, LABEL_VALUE_FIX);
  }

  const optOuts: Record<string, string> = {};
  const suppressions: Record<string, string> = {};
  const optOut = (prop: string, value: unknown, controls: readonly string[] = []): boolean => {
    if (!isOptOut(path, prop, value)) return false;
    optOuts[prop] = value.reason.trim();
    for (const c of controls) suppressions[c] = `${prop} is off: ${value.reason.trim()}`;
    return true;
  };

  // Pod Security.
  const ps = optionalRecord(path, 'podSecurity', props.podSecurity, 'pass { level?, version?, reason? }') ?? {};
  const level = ps.level ?? 'restricted';
  if (level !== 'restricted' && level !== 'baseline') {
    throw new KubewardError(path, 'podSecurity.level', `${show(level)} is not "restricted" or "baseline"`, 'use "restricted" (default); "privileged" is never allowed for a tenant');
  }
  if (level === 'baseline') {
    optOut('podSecurity', { enabled: false, reason: ps.reason }, []);
    optOuts.podSecurity = `enforce baseline instead of restricted: ${optOuts.podSecurity}`;
  } else if (ps.reason !== undefined) {
    throw new KubewardError(path, 'podSecurity.reason', 'is only meaningful with level "baseline"', 'remove reason');
  }
  const version = ps.version ?? CHECKED_PSS_VERSION;
  if (typeof version !== 'string' || !PSS_VERSION.test(version)) {
    throw new KubewardError(path, 'podSecurity.version', `${show(version)} is not a Pod Security Standards version`, `write "${CHECKED_PSS_VERSION}" (vMAJOR.MINOR) or "latest"`);
  }

  const quota = resolveQuota(path, props.quota, props.limits);
  const subjects: TenantSubjects = {
    admin: parseSubjects(path, 'admins', props.admins, namespace),
    developer: parseSubjects(path, 'developers', props.developers, namespace),
    viewer: parseSubjects(path, 'viewers', props.viewers, namespace),
  };
  const trustedRegistries = resolveRegistries(path, 'trustedRegistries', props.trustedRegistries);

  // Network.
  const net = optionalRecord(path, 'network', props.network, 'pass { defaultDenyIngress?, defaultDenyEgress?, allowIntraTenant?, nodeLocalDnsCache? }') ?? {};
  const denyFlag = (prop: 'defaultDenyIngress' | 'defaultDenyEgress', control: string): boolean => {
    const v = net[prop];
    if (v === undefined || v === true) return true;
    if (optOut(`network.${prop}`, v, [control])) return false;
    throw new KubewardError(path, `network.${prop}`, `${show(v)} is neither true nor an opt-out`, 'omit it, or pass { enabled: false, reason: "why" }');
  };
  const defaultDenyIngress = denyFlag('defaultDenyIngress', 'KW-NET-001');
  const defaultDenyEgress = denyFlag('defaultDenyEgress', 'KW-NET-002');
  const allowIntraTenant = optionalBoolean(path, 'network.allowIntraTenant', net.allowIntraTenant, false);
  const nodeLocalDnsCache = optionalBoolean(path, 'network.nodeLocalDnsCache', net.nodeLocalDnsCache, false);

  // Mesh. Without it, the namespace carries no injection label and no Istio object exists, so
  // KW-MESH-001/002/005/006 have nothing to evaluate; KW-MESH-003 would still flag the namespace
  // in an audit that also holds other tenants' Istio objects, hence the suppression. With it, the
  // mode is an explicit choice (lib/mesh/mode.ts), checked against the Pod Security level here and
  // the injected sidecar against the LimitRange, which bounds it like any container.
  let mesh: ResolvedMesh | undefined;
  if (!optOut('mesh', props.mesh, ['KW-MESH-003'])) {
    mesh = resolveMesh(path, 'mesh', props.mesh, { podSecurityLevel: level });
    checkProxyWithinLimits(path, 'mesh.proxyResources', mesh, quota.limits);
  }

  const backup = optOut('backup', props.backup) ? undefined : resolveBackup(path, namespace, props.backup);
  const logging = optOut('logging', props.logging) ? undefined : resolveLogging(path, namespace, props.logging);
  // The labels of every tenant object; ruleLabels may not overwrite them on the PrometheusRule.
  const labels = { ...ownershipLabels(path, { name: namespace, owner }), [TENANT_LABEL]: namespace };
  const alerting = optOut('alerting', props.alerting) ? undefined : resolveAlerting(path, props.alerting, labels);

  let imagePolicy: ResolvedImagePolicy | undefined;
  if (!optOut('imagePolicy', props.imagePolicy)) {
    const ip = optionalRecord(path, 'imagePolicy', props.imagePolicy, 'pass { admissionApiVersion?, signatureVerification? } or { enabled: false, reason }') ?? {};
    if (ip.enabled !== undefined && ip.enabled !== true) {
      throw new KubewardError(path, 'imagePolicy.enabled', `${show(ip.enabled)} is not true`, 'omit enabled, or turn the policy off with { enabled: false, reason: "why" }');
    }
    const v = ip.admissionApiVersion ?? 'v1';
    if (v !== 'v1' && v !== 'v1beta1') throw new KubewardError(path, 'imagePolicy.admissionApiVersion', `${show(v)} is not "v1" or "v1beta1"`, 'use "v1" (Kubernetes 1.30+) or "v1beta1" (1.28/1.29)');
    if (v === 'v1beta1') optOuts['imagePolicy.admissionApiVersion'] = 'v1beta1 for a 1.28/1.29 cluster (KW-AUD-003 suppressed on the policy objects)';
    const sig = resolveSignatureVerification(path, ip.signatureVerification);
    imagePolicy = { admissionApiVersion: v, ...(sig ? { signatureVerification: sig } : {}) };
  }

  const namespaceLabels: Record<string, string> = {
    ...labels,
    'pod-security.kubernetes.io/enforce': level,
    'pod-security.kubernetes.io/enforce-version': version,
    'pod-security.kubernetes.io/audit': 'restricted',
    'pod-security.kubernetes.io/audit-version': 'latest',
    'pod-security.kubernetes.io/warn': 'restricted',
    'pod-security.kubernetes.io/warn-version': 'latest',
    ...(mesh ? meshInjectionLabels(mesh) : {}),
  };

  return {
    namespace,
    owner,
    labels,
    namespaceLabels,
    podSecurity: { level, version },
    quota,
    subjects,
    trustedRegistries,
    defaultDenyIngress,
    defaultDenyEgress,
    allowIntraTenant,
    nodeLocalDnsCache,
    mesh,
    backup,
    logging,
    alerting,
    imagePolicy,
    optOuts,
    suppressions,
  };
}
