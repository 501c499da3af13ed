// Turns the resources MultiZoneCluster registered into the engine's CloudResource records, so
// the catalog's CLU and MON controls audit exactly what the component sends to the provider.
import * as pulumi from '@pulumi/pulumi';
import type { MultiZoneCluster } from './multi-zone-cluster';
import { CLUSTER_TYPE } from '../policy/model/cloud';
import type { CloudResource } from '../policy/types';

/**
 * The component's Tencent Cloud resources as CloudResources: type token, logical name, resolved
 * inputs, URN, and the component's suppressions (control id to reason).
 *
 * Resources that reference the cluster carry the cluster's logical name as `clusterId`, the
 * reference `lib/policy/model/cloud.ts` resolves within a set, so the relation holds before the
 * real `cls-...` id exists. The Output resolves once every input is known: at `pulumi up`, or at
 * once under `pulumi.runtime.setMocks`; during a preview with unknown ids it stays unknown.
 */
export function cloudResourcesOf(cluster: MultiZoneCluster): pulumi.Output<CloudResource[]> {
  const clusterChild = cluster.children.find((c) => c.type === CLUSTER_TYPE);
  const suppressions = Object.keys(cluster.plan.suppressions).length > 0 ? { ...cluster.plan.suppressions } : undefined;
  const resolved = cluster.children.map((c) => pulumi.all([pulumi.output(c.inputs as Record<string, unknown>), c.resource.urn]));
  return pulumi.all(resolved).apply((list) =>
    list.map(([inputs, urn], i): CloudResource => {
      const child = cluster.children[i];
      const plain = stripUndefined(inputs) as Record<string, any>;
      if (child.referencesCluster && clusterChild) plain.clusterId = clusterChild.name;
      return {
        type: child.type,
        name: child.name,
        inputs: plain,
        ...(suppressions ? { suppressions } : {}),
        source: { urn },
      };
    }),
  );
}

/** A deep copy without undefined members, as the engine receives inputs from Pulumi. */
function stripUndefined(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(stripUndefined);
  if (v !== null && typeof v === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) if (x !== undefined) out[k] = stripUndefined(x);
    return out;
  }
  return v;
}
