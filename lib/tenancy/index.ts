// Tenancy: SecureTenant and the parts it is made of.
export type { OptOut } from './checks';
export * from './props';
export * from './quota';
export * from './rbac';
export { addRoleBindingGuard, roleBindingGuardCel, roleBindingGuardName } from './rbac-guard';
export type { RoleBindingGuardOptions } from './rbac-guard';
export { TENANT_LABEL } from './resolve';
export type { ResolvedImagePolicy, ResolvedMesh, ResolvedTenant } from './resolve';
export * from './secure-tenant';
export * from './subjects';
export * from './tenant-ref';
