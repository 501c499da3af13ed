// The tenants of one app, by namespace, so a second tenant with the same namespace is refused
// when it is created (two tenants writing one Namespace would silently merge their policies).
import { IConstruct } from 'constructs';
import { ITenant } from './tenant-ref';

const REGISTRIES = new WeakMap<IConstruct, Map<string, ITenant>>();

/** The tenants registered under an app root. */
export function tenantsOf(root: IConstruct): Map<string, ITenant> {
  let m = REGISTRIES.get(root);
  if (!m) {
    m = new Map();
    REGISTRIES.set(root, m);
  }
  return m;
}
