// Which pods a PodDisruptionBudget covers. The selector semantics changed between API versions:
// in policy/v1 an empty selector `{}` covers every pod of the namespace, in policy/v1beta1 it
// covers none; a missing selector covers none in both.
import type { KubeObject } from './object';
import { isEmptySelector, selectorMatches } from './selectors';

/** Group-qualified kind of PodDisruptionBudget. */
export const PDB_KIND = 'policy/PodDisruptionBudget';

function rec(v: unknown): Record<string, any> {
  return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, any>) : {};
}

/** Whether a PodDisruptionBudget's spec.selector covers pods with these labels. */
export function pdbSelects(pdb: KubeObject, podLabels: Record<string, string>): boolean {
  const selector = rec(pdb.raw.spec).selector;
  if (selector === undefined || selector === null || typeof selector !== 'object') return false;
  if (isEmptySelector(selector)) return pdb.version !== 'v1beta1';
  return selectorMatches(selector, podLabels);
}
