// Turns the resources MultiZoneCluster registered into the engine's CloudResource records, so
// the catalog's CLU and MON controls audit exactly what the component sends to the provider.
import * as pulumi from '@pulumi/pulumi';
import type { MultiZoneCluster } from './multi-zone-cluster';
import { CLS_ALARM_NOTICE_TYPE, MONITOR_ALARM_NOTICE_TYPE } from '../policy/model/alarms';
import { CLUSTER_TYPE } from '../policy/model/cloud';
import type { CloudResource } from '../policy/types';

/**
 * The children other inputs refer to by id and the engine follows by reference: the cluster
 * (every `clusterId`) and the alarm notices (a CLS alarm's `alarmNoticeIds`, a Cloud Monitor
 * policy's `noticeIds`, a TMP group's `ampReceivers`). A notice does not carry its own id among its
 * inputs, so only its logical name lets KW-CLU-008 find out whom an alarm reaches.
 */
const REFERENCED_TYPES: ReadonlySet<string> = new Set([CLUSTER_TYPE, CLS_ALARM_NOTICE_TYPE, MONITOR_ALARM_NOTICE_TYPE]);

/**
 * The component's Tencent Cloud resources as CloudResources: type token, logical name, resolved
 * inputs, URN, and the component's suppressions (control id to reason).
 *
 * A reference to the cluster or to an alarm notice (an input equal to its id) is given as that
 * child's logical name, the reference `lib/policy/model/cloud.ts` and `model/alarms.ts` resolve
 * within a set, so the relation holds before real ids exist. Topic ids are left as they are: the
 * trails and the alarms name the same topic by the same id. The Output resolves once every input
 * is known: at `pulumi up`, or at once under `pulumi.runtime.setMocks`; during a preview with
 * unknown ids it stays unknown.
 */
export function cloudResourcesOf(cluster: MultiZoneCluster): pulumi.Output<CloudResource[]> {
  const suppressions = Object.keys(cluster.plan.suppressions).length > 0 ? { ...cluster.plan.suppressions } : undefined;
  const referenced = cluster.children.filter((c) => REFERENCED_TYPES.has(c.type));
  const ids = pulumi.all(referenced.map((c) => c.resource.id));
  const resolved = cluster.children.map((c) => pulumi.all([pulumi.output(c.inputs as Record<string, unknown>), c.resource.urn]));
  return pulumi.all([pulumi.all(resolved), ids]).apply(([list, idList]) => {
    const nameOf = new Map(idList.map((id, i) => [id as string, referenced[i].name]));
    return list.map(([inputs, urn], i): CloudResource => {
      const child = cluster.children[i];
      return {
        type: child.type,
        name: child.name,
        inputs: toEngineInputs(inputs, nameOf) as Record<string, any>,
        ...(suppressions ? { suppressions } : {}),
        source: { urn },
      };
    });
  });
}

/** A deep copy without undefined members, as the engine receives inputs from Pulumi, with ids of referenced children as their names. */
function toEngineInputs(v: unknown, nameOf: ReadonlyMap<string, string>): unknown {
  if (typeof v === 'string') return nameOf.get(v) ?? v;
  if (Array.isArray(v)) return v.map((x) => toEngineInputs(x, nameOf));
  if (v !== null && typeof v === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) if (x !== undefined) out[k] = toEngineInputs(x, nameOf);
    return out;
  }
  return v;
}
