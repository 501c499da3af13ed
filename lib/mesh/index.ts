// Istio objects of a tenant: STRICT mTLS and identity-based authorization.
export * from './authorization';
export * from './peer-authentication';
