// Who can read a namespace's Secrets, by RBAC as the API server authorizes it
// (kubernetes.io/docs/reference/access-authn-authz/rbac/) and by what that implies: whoever may
// create a Pod, or anything that creates Pods, may mount any Secret of the namespace into it and
// read it ("RBAC good practices", kubernetes.io/docs/concepts/security/rbac-good-practices/,
// "Workload creation"). Reading the Secret API (get/list/watch) is the direct way.
import { Obj } from './objects';

const POD_CREATORS: ReadonlyArray<[string, string]> = [
  ['', 'pods'], ['', 'replicationcontrollers'], ['apps', 'deployments'], ['apps', 'replicasets'], ['apps', 'statefulsets'],
  ['apps', 'daemonsets'], ['batch', 'jobs'], ['batch', 'cronjobs'],
];

function grants(rule: Obj, group: string, resource: string, verb: string): boolean {
  const has = (l: unknown, v: string): boolean => Array.isArray(l) && (l.includes('*') || l.includes(v));
  return has(rule.apiGroups, group) && has(rule.resources, resource) && has(rule.verbs, verb) && !(rule.resourceNames ?? []).length;
}

/** How a Role's holder can read every Secret of its namespace (empty: it cannot). */
export function secretReadPaths(role: Obj): string[] {
  const rules: Obj[] = role.rules ?? [];
  const out: string[] = [];
  for (const verb of ['get', 'list', 'watch']) if (rules.some((r) => grants(r, '', 'secrets', verb))) out.push(`${verb} secrets`);
  for (const [group, resource] of POD_CREATORS) {
    if (rules.some((r) => grants(r, group, resource, 'create'))) out.push(`create ${group ? `${group}/` : ''}${resource} (mount any Secret)`);
  }
  return out;
}
