// Tenant network isolation: default-deny, DNS egress, explicit allows and the peers they name.
export * from './allow-policies';
export * from './cidr';
export * from './default-deny';
export * from './dns-egress';
export * from './peer';
export * from './ports';
