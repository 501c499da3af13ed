// kubeward: secure-by-default multi-tenant platform constructs for TKE, checked by one catalog.
export * from './policy';
