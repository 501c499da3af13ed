// Tenant observability: CLS log shipping and Prometheus alerts.
// Public (also exported by lib/index.ts or lib/pulumi.ts).
export type { ResolvedAlerting, TenantAlertingOptions } from './alerts';
export type { ResolvedLogging, TenantLoggingOptions } from './log-config';
export { writeDashboards } from './dashboards';
export type { DashboardWorkload, WrittenDashboards } from './dashboards';
// In-repo only: for the other rooms and the tests, not part of the package API.
/** @internal */
export { addTenantAlerts, resolveAlerting, tenantAlertRules } from './alerts';
/** @internal */
export { addLogConfig, resolveLogging } from './log-config';
/** @internal */
export { GRAFANA_DASHBOARD_LABEL, platformDashboard, tenantDashboard } from './dashboards';
