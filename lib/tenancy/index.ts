// Tenancy: SecureTenant and the parts it is made of.
// Public (also exported by lib/index.ts or lib/pulumi.ts).
export type { OptOut } from './checks';
export type { AllowEgressOptions, AllowFromOptions, PodSecurityOptions, SecureTenantProps, TenantImagePolicyOptions, TenantMeshOptions, TenantNetworkOptions } from './props';
export type { ContainerLimitsProps, ResolvedQuota, ResourcePair, TenantQuotaProps } from './quota';
export type { TenantRole, TenantSubjects } from './rbac';
export { TENANT_LABEL } from './resolve';
export type { ResolvedImagePolicy, ResolvedMesh, ResolvedTenant } from './resolve';
export { SecureTenant } from './secure-tenant';
export type { RbacSubject } from './subjects';
export type { ITenant } from './tenant-ref';
// In-repo only: for the other rooms and the tests, not part of the package API.
/** @internal */
export { addQuota, LIMIT_RANGE_NAME, QUOTA_NAME, resolveQuota } from './quota';
/** @internal */
export { addTenantRbac, roleName, roleRules } from './rbac';
/** @internal */
export type { RoleRule } from './rbac';
/** @internal */
export { addRoleBindingGuard, roleBindingGuardCel, roleBindingGuardName } from './rbac-guard';
/** @internal */
export type { RoleBindingGuardOptions } from './rbac-guard';
/** @internal */
export { EVERYONE_SUBJECTS, formatSubject, parseSubject, parseSubjects, SERVICE_ACCOUNT_USER_PREFIX, SERVICE_ACCOUNTS_GROUP, subjectProblem } from './subjects';
/** @internal */
export type { BindingSubject, EveryoneSubject, SubjectProblem } from './subjects';
/** @internal */
export { findTenant, isTenant, markTenant } from './tenant-ref';
