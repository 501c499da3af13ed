// RBAC facts shared by the RBAC controls: which objects are RBAC kinds, which are the API
// server's own defaults, and how a PolicyRule's apiGroups, resources and verbs match a request
// (including the `*` and `*/subresource` wildcards the authorizer understands).
import { NOT_APPLICABLE, type Violation } from '../types';
import type { KubeObject } from './object';
import { isBuiltInRbacObject } from './rbac-defaults';

/** Dispatch key of Role. */
export const ROLE = 'rbac.authorization.k8s.io/Role';
/** Dispatch key of ClusterRole. */
export const CLUSTER_ROLE = 'rbac.authorization.k8s.io/ClusterRole';
/** Dispatch key of RoleBinding. */
export const ROLE_BINDING = 'rbac.authorization.k8s.io/RoleBinding';
/** Dispatch key of ClusterRoleBinding. */
export const CLUSTER_ROLE_BINDING = 'rbac.authorization.k8s.io/ClusterRoleBinding';

/** The wildcard of apiGroups, resources and verbs. */
export const ALL = '*';

/** Label with which the API server marks the roles and bindings it creates itself. */
export const BOOTSTRAPPING_LABEL = 'kubernetes.io/bootstrapping';

function rec(v: unknown): Record<string, any> {
  return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, any>) : {};
}

function strings(v: unknown): string[] {
  return Array.isArray(v) ? v.filter((s): s is string => typeof s === 'string') : [];
}

/**
 * Whether an object is one of the API server's built-in roles or bindings (catalog convention
 * `rbac_defaults`): the label kubernetes.io/bootstrapping=rbac-defaults AND the kind, name and
 * content of a bootstrap-policy object (see `isBuiltInRbacObject`). The label alone, or a
 * `system:` name, grants nothing. Unsuppressible controls (KW-RBAC-001, KW-RBAC-011) never ask:
 * the built-in cluster-admin binding to system:masters is reported like any other.
 */
export function isRbacDefault(obj: KubeObject): boolean {
  return isBuiltInRbacObject(obj);
}

/** One rule of a Role or ClusterRole, read defensively. */
export interface PolicyRule {
  /** Index in `rules`. */
  readonly index: number;
  /** Dotted path of the rule, e.g. `rules[2]`. */
  readonly path: string;
  /** apiGroups as written (strings only). */
  readonly apiGroups: readonly string[];
  /** resources as written (strings only). */
  readonly resources: readonly string[];
  /** verbs as written (strings only). */
  readonly verbs: readonly string[];
}

/** The rules of a Role or ClusterRole, in order. */
export function policyRules(role: KubeObject): PolicyRule[] {
  const rules = Array.isArray(role.raw.rules) ? role.raw.rules : [];
  return rules.map((r: unknown, index: number) => {
    const rule = rec(r);
    return {
      index,
      path: `rules[${index}]`,
      apiGroups: strings(rule.apiGroups),
      resources: strings(rule.resources),
      verbs: strings(rule.verbs),
    };
  });
}

/** Whether the rule covers an API group (`""` is the core group). */
export function groupMatches(rule: PolicyRule, group: string): boolean {
  return rule.apiGroups.some((g) => g === ALL || g === group);
}

/**
 * Whether the rule covers a resource, written `resource` or `resource/subresource`, as the RBAC
 * authorizer decides: `*`, an exact match, or an entry made of `*`, a slash and the same
 * subresource name (it matches that subresource of every resource).
 */
export function resourceMatches(rule: PolicyRule, resource: string): boolean {
  const slash = resource.indexOf('/');
  const sub = slash < 0 ? undefined : resource.slice(slash + 1);
  return rule.resources.some((r) => r === ALL || r === resource || (sub !== undefined && r === `*/${sub}`));
}

/** Whether the rule grants a verb (directly or through `*`). */
export function verbMatches(rule: PolicyRule, verb: string): boolean {
  return rule.verbs.some((v) => v === ALL || v === verb);
}

/** A set of permissions to look for: any of the groups, any of the resources, any of the verbs. */
export interface Permission {
  /** API groups (`""` for core). */
  readonly groups: readonly string[];
  /** Resources, `resource` or `resource/subresource`. */
  readonly resources: readonly string[];
  /** Verbs. */
  readonly verbs: readonly string[];
}

/** Whether the rule grants at least one combination of group, resource and verb of a permission. */
export function grants(rule: PolicyRule, p: Permission): boolean {
  return (
    p.groups.some((g) => groupMatches(rule, g)) &&
    p.resources.some((r) => resourceMatches(rule, r)) &&
    p.verbs.some((v) => verbMatches(rule, v))
  );
}

/** One subject of a binding, read defensively. */
export interface Subject {
  /** Index in `subjects`. */
  readonly index: number;
  /** `User`, `Group` or `ServiceAccount` (as written). */
  readonly kind: string;
  /** The subject's name. */
  readonly name: string;
  /**
   * The subject's namespace, when written (ServiceAccounts only).
   * @default undefined - the subject names no namespace (or an empty one).
   */
  readonly namespace?: string;
}

/** The subjects of a RoleBinding or ClusterRoleBinding, in order. */
export function subjectsOf(binding: KubeObject): Subject[] {
  const subjects = Array.isArray(binding.raw.subjects) ? binding.raw.subjects : [];
  return subjects.map((s: unknown, index: number) => {
    const subject = rec(s);
    const namespace = typeof subject.namespace === 'string' && subject.namespace !== '' ? subject.namespace : undefined;
    return {
      index,
      kind: typeof subject.kind === 'string' ? subject.kind : '',
      name: typeof subject.name === 'string' ? subject.name : '',
      ...(namespace !== undefined ? { namespace } : {}),
    };
  });
}

/** The roleRef of a binding: kind and name (empty strings when absent). */
export function roleRefOf(binding: KubeObject): { kind: string; name: string } {
  const ref = rec(binding.raw.roleRef);
  return { kind: typeof ref.kind === 'string' ? ref.kind : '', name: typeof ref.name === 'string' ? ref.name : '' };
}

/** Human label of a subject for messages: `Group "system:masters"`. */
export function describeSubject(s: Subject): string {
  return `${s.kind || 'subject'} "${s.namespace ? `${s.namespace}/` : ''}${s.name}"`;
}

/**
 * The violations of one check over every rule of a Role or ClusterRole: `check` says what a rule
 * grants that it should not (one message each), and the finding points at the rule. The API
 * server's own built-in objects are not applicable (see `isRbacDefault`).
 */
export function eachPolicyRule(obj: KubeObject, check: (rule: PolicyRule) => readonly string[]): Violation[] | typeof NOT_APPLICABLE {
  if (isRbacDefault(obj)) return NOT_APPLICABLE;
  return policyRules(obj).flatMap((rule) => check(rule).map((message) => ({ message, field: rule.path })));
}

/**
 * The violations of one check over every subject of a RoleBinding or ClusterRoleBinding: `check`
 * returns the finding for a subject it refuses. Built-in objects are not applicable, as above.
 */
export function eachSubject(obj: KubeObject, check: (subject: Subject) => Violation | undefined): Violation[] | typeof NOT_APPLICABLE {
  if (isRbacDefault(obj)) return NOT_APPLICABLE;
  return subjectsOf(obj).flatMap((s) => check(s) ?? []);
}
