// Tenant observability: CLS log shipping and Prometheus alerts.
export * from './alerts';
export * from './log-config';
