// What a SecureTenant hands the workloads placed in it: their owner, the tenant label, and the
// Istio API version its mesh serves. Any other ITenant hands nothing beyond ITenant's fields.
import { TENANT_LABEL } from '../tenancy/resolve';
import { SecureTenant } from '../tenancy/secure-tenant';
import { ITenant } from '../tenancy/tenant-ref';

/** The owner and extra labels a SecureTenant gives its workloads. */
export function tenantDefaults(tenant: ITenant | undefined): { owner?: string; labels: Record<string, string> } {
  if (!tenant || !SecureTenant.isSecureTenant(tenant)) return { labels: {} };
  const label = tenant.tenantLabels[TENANT_LABEL];
  return { owner: tenant.owner, labels: label ? { [TENANT_LABEL]: label } : {} };
}

/** The Istio security API version the tenant's mesh serves. */
export function meshApiVersion(tenant: ITenant | undefined): 'v1' | 'v1beta1' {
  if (!tenant || !SecureTenant.isSecureTenant(tenant)) return 'v1';
  return tenant.settings.mesh?.apiVersion ?? 'v1';
}
