// A minimal tenant for workload tests that must not depend on SecureTenant: a Chart marked as a
// tenant, holding nothing but the ITenant facts.
import { Chart } from 'cdk8s';
import { Construct } from 'constructs';
import { ITenant, markTenant } from '../../../lib/tenancy/tenant-ref';

/** Props of the stub tenant. */
export interface StubTenantProps {
  readonly namespace?: string;
  readonly trustedRegistries?: readonly string[];
  readonly mesh?: boolean;
}

/** A Chart that implements ITenant and nothing else. */
export class StubTenant extends Chart implements ITenant {
  public readonly namespaceName: string;
  public readonly trustedRegistries: readonly string[];
  public readonly meshEnabled: boolean;
  public readonly namespaceLabels: Record<string, string>;

  constructor(scope: Construct, id: string, props: StubTenantProps = {}) {
    super(scope, id);
    this.namespaceName = props.namespace ?? id;
    this.trustedRegistries = props.trustedRegistries ?? [`ccr.ccs.tencentyun.com/${this.namespaceName}`];
    this.meshEnabled = props.mesh ?? true;
    this.namespaceLabels = { 'kubernetes.io/metadata.name': this.namespaceName };
    markTenant(this);
  }
}

/** A valid digest. */
export const DIGEST = `sha256:${'ab12'.repeat(16)}`;

/** A digest-pinned image of a tenant's registry. */
export function imageOf(namespace: string, repo = 'api'): string {
  return `ccr.ccs.tencentyun.com/${namespace}/${repo}@${DIGEST}`;
}
