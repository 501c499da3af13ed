// Does the workload fit its SecureTenant? The tenant's LimitRange refuses containers outside its
// min/max and its ResourceQuota refuses pods beyond its totals; both only show up at apply time,
// as pods that never appear. Checking here turns that into a construction error.
import { ResolvedPod } from './hardening';
import { KubewardError } from '../core/errors';
import { Quantity } from '../core/quantity';
import { SecureTenant } from '../tenancy/secure-tenant';
import { ITenant } from '../tenancy/tenant-ref';

const RESOURCES = ['cpu', 'memory'] as const;

/**
 * Throws when a container's requests or limits fall outside the tenant's LimitRange, or when
 * `pods` copies of the pod exceed the tenant's ResourceQuota on their own.
 * @param pods pods that must fit at once (the minimum replicas, plus a surge pod for rollouts)
 */
export function checkTenantFit(path: string, tenant: ITenant | undefined, pod: ResolvedPod, pods: number): void {
  if (!tenant || !SecureTenant.isSecureTenant(tenant)) return;
  const { limits, hard } = tenant.settings.quota;
  const range = `the LimitRange of tenant ${tenant.namespaceName}`;
  for (const r of RESOURCES) {
    const request = Quantity.parse(pod.resources.requests[r])!;
    const limit = Quantity.parse(pod.resources.limits[r])!;
    const min = Quantity.parse(limits.min[r]);
    const max = Quantity.parse(limits.max[r]);
    if (min && request.compare(min) < 0) {
      throw new KubewardError(path, `resources.${r}`, `${request.text} is below the minimum ${min.text} of ${range}`, `request at least ${min.text}`);
    }
    if (max && limit.compare(max) > 0) {
      const prop = pod.resources.limits[r] === pod.resources.requests[r] ? `resources.${r}` : `resources.${r}Limit`;
      throw new KubewardError(path, prop, `a ${r} limit of ${limit.text} is above the maximum ${max.text} of ${range}`, `stay at or below ${max.text}, or raise the tenant's limits.max`);
    }
    for (const [kind, q] of [['requests', request], ['limits', limit]] as const) {
      const total = Quantity.parse(hard[`${kind}.${r}`]);
      if (total && q.times(pods).compare(total) > 0) {
        throw new KubewardError(path, `resources.${r}`, `${pods} pods × ${q.text} ${kind} exceed the tenant's quota of ${total.text} ${kind}.${r}`,
          `lower the ${kind === 'requests' ? 'request' : 'limit'} or the replicas, or raise tenant ${tenant.namespaceName}'s quota`);
      }
    }
  }
}
