// Objects a user adds to a tenant (a raw ApiObject, a cdk8s-plus ConfigMap) belong in the tenant's
// namespace, inside its quota, policies and admission; cluster-scoped kinds stay cluster-scoped.
//
// SecureTenant is a Chart with the tenant's namespace as its default namespace, so every object
// created directly in it gets the namespace at construction (and cdk8s-plus references, such as
// RoleBinding subjects, see it). Two cases remain, and this file handles them:
// - cluster-scoped kinds (the Namespace itself, admission policies, a user's ClusterRole) must not
//   carry that default: their namespace is removed;
// - objects of a chart nested in the tenant carry no namespace (they would land in `default`):
//   they get the tenant's.
// Scope comes from the engine's kind model (lib/policy/model/object.ts), so the tenant places
// exactly the objects the engine audits as namespaced.
//
// Objects are added after the tenant's constructor returns, and cdk8s has no hook for new
// children; construct validation runs before every synthesis (App.synth, Testing.synth,
// PlatformApp, PlatformRelease), so the tenant places them there, each object once.
import { ApiObject, JsonPatch } from 'cdk8s';
import { IConstruct } from 'constructs';
import { isTenant } from './tenant-ref';
import { KubewardError } from '../core/errors';
import { isNamespacedKind } from '../policy/model/object';

const PLACED = new WeakSet<ApiObject>();
const OWNED = new WeakSet<ApiObject>();

/**
 * Marks an object kubeward writes for a tenant in another namespace on purpose (Velero's
 * Schedule lives in Velero's namespace), so the tenant does not refuse it as a stray.
 * Every object a SecureTenant's constructor creates is marked; a method that writes an object
 * outside the tenant's namespace later must mark it too.
 */
export function markTenantOwned(obj: ApiObject): void {
  OWNED.add(obj);
}

/** The ApiObjects under `root` that belong to it: the subtrees of nested tenants are theirs. */
export function tenantObjects(root: IConstruct): ApiObject[] {
  const out: ApiObject[] = [];
  const visit = (c: IConstruct): void => {
    if (ApiObject.isApiObject(c)) out.push(c);
    for (const child of c.node.children) if (!isTenant(child)) visit(child);
  };
  visit(root);
  return out;
}

/**
 * Places one object of a tenant (once; later calls do nothing): a cluster-scoped kind loses the
 * tenant's default namespace, a namespaced object without a namespace gets the tenant's. Returns
 * the error of an object that names a namespace it cannot have: a namespaced object in another
 * namespace (unless marked with `markTenantOwned`), a cluster-scoped one with a namespace.
 */
export function placeInTenant(tenantPath: string, namespace: string, obj: ApiObject): string | undefined {
  if (PLACED.has(obj)) return undefined;
  const written = obj.metadata.namespace;
  const where = `${obj.kind} ${obj.name} (${obj.node.path})`;
  if (!isNamespacedKind(obj.apiVersion, obj.kind)) {
    if (written !== undefined && written !== namespace) {
      return new KubewardError(tenantPath, 'objects', `${where} is cluster-scoped but names namespace ${written}`, 'remove metadata.namespace: a cluster-scoped object has none').message;
    }
    if (written !== undefined) obj.addJsonPatch(JsonPatch.remove('/metadata/namespace'));
  } else if (written === undefined) {
    obj.addJsonPatch(JsonPatch.add('/metadata/namespace', namespace));
  } else if (written !== namespace && !OWNED.has(obj)) {
    return new KubewardError(tenantPath, 'objects', `${where} is added to tenant ${namespace} but names namespace ${written}, outside the tenant's quota, policies and admission`,
      `omit metadata.namespace (the tenant's objects get ${namespace}), or create the object outside the tenant`).message;
  }
  PLACED.add(obj);
  return undefined;
}
