import { desiredReplicas } from '../../model/replicas';
import { isEmptySelector, selectorMatches } from '../../model/selectors';
import { podTemplateOf } from '../../model/workload';
import type { KubeRule } from '../../rule';
import { NOT_APPLICABLE } from '../../types';

/** Topology keys that separate replicas onto different failure domains. */
const SPREAD_KEYS: ReadonlySet<string> = new Set(['kubernetes.io/hostname', 'topology.kubernetes.io/zone']);

function rec(v: unknown): Record<string, any> {
  return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, any>) : {};
}

function list(v: unknown): unknown[] {
  return Array.isArray(v) ? v : [];
}

/** A selector that is written at all: a null or missing labelSelector selects no pod. */
function selects(selector: unknown, labels: Record<string, string>): boolean {
  return selector !== null && typeof selector === 'object' && !Array.isArray(selector) && selectorMatches(selector, labels);
}

/**
 * Whether a PodAffinityTerm spreads the workload's own pods: keyed on a spreading topology, its
 * labelSelector matching the pod labels, and its namespace scope including the own namespace
 * (namespaces unset or listing it, namespaceSelector unset or empty).
 */
function termSpreads(term: Record<string, any>, labels: Record<string, string>, namespace: string): boolean {
  if (!SPREAD_KEYS.has(term.topologyKey)) return false;
  if (!selects(term.labelSelector, labels)) return false;
  const namespaces = list(term.namespaces);
  if (namespaces.length > 0 && !namespaces.includes(namespace)) return false;
  if (term.namespaceSelector !== undefined && term.namespaceSelector !== null && !isEmptySelector(term.namespaceSelector)) return false;
  return true;
}

/**
 * KW-HA-006 Replicas are spread across nodes or zones.
 * Pass: a workload whose desired replica count is 2 or more declares podAntiAffinity (required
 * or preferred) or topologySpreadConstraints keyed on kubernetes.io/hostname or
 * topology.kubernetes.io/zone whose label selector matches its own pod labels (for affinity
 * terms, namespaces must be unset or include its own namespace and namespaceSelector must be
 * unset or empty).
 * Fail: such a workload has neither, or its selector does not match its own pods.
 *
 * Workloads whose desired replica count is unknown or below 2 are out of scope (catalog
 * convention desired_replicas).
 */
export const KW_HA_006: KubeRule = {
  id: 'KW-HA-006',
  target: 'kube',
  kinds: ['apps/Deployment', 'apps/StatefulSet'],
  evaluate(obj, ctx) {
    const replicas = desiredReplicas(obj, ctx.set);
    const pod = podTemplateOf(obj);
    if (!pod || replicas === undefined || replicas < 2) return NOT_APPLICABLE;
    const namespace = obj.effectiveNamespace ?? 'default';
    const anti = rec(rec(pod.spec.affinity).podAntiAffinity);
    const terms = [
      ...list(anti.requiredDuringSchedulingIgnoredDuringExecution).map(rec),
      ...list(anti.preferredDuringSchedulingIgnoredDuringExecution).map((w) => rec(rec(w).podAffinityTerm)),
    ];
    if (terms.some((t) => termSpreads(t, pod.labels, namespace))) return [];
    const constraints = list(pod.spec.topologySpreadConstraints).map(rec);
    if (constraints.some((c) => SPREAD_KEYS.has(c.topologyKey) && selects(c.labelSelector, pod.labels))) return [];
    const declared = terms.length > 0 || constraints.length > 0;
    return [
      {
        message: declared
          ? `${obj.kind} ${obj.name} declares anti-affinity or topology spread, but no term keyed on kubernetes.io/hostname or topology.kubernetes.io/zone selects its own pods; make the labelSelector match spec.template.metadata.labels.`
          : `${obj.kind} ${obj.name} runs ${replicas} replicas with no podAntiAffinity or topologySpreadConstraints, so they may all land on one node; add a topologySpreadConstraint on kubernetes.io/hostname (or topology.kubernetes.io/zone) selecting its own pod labels.`,
        field: `${pod.path}.${terms.length > 0 && constraints.length === 0 ? 'affinity.podAntiAffinity' : 'topologySpreadConstraints'}`,
      },
    ];
  },
};
