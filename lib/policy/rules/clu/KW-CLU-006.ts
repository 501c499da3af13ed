import { CLUSTER_TYPE, NATIVE_NODE_POOL_TYPE, NODE_POOL_TYPE, inputList, inputRecord, isTrueInput } from '../../model/cloud';
import type { CloudRule } from '../../rule';
import { NOT_APPLICABLE, Violation } from '../../types';

/** Whether a bandwidth input is set to something other than 0 (an unreadable value counts as set). */
function nonZeroBandwidth(v: unknown): boolean {
  if (v === undefined || v === null || v === '') return false;
  return Number(v) !== 0;
}

/** Reports the public-IP settings of one launch configuration. */
function checkLaunchConfig(config: Record<string, any>, path: string, out: Violation[]): void {
  if (isTrueInput(config.publicIpAssigned)) {
    out.push({ message: `${path}.publicIpAssigned is true, so these nodes get a public IP; set it to false and leave egress to a NAT gateway.`, field: `${path}.publicIpAssigned` });
  }
  if (nonZeroBandwidth(config.internetMaxBandwidthOut)) {
    out.push({
      message: `${path}.internetMaxBandwidthOut is ${String(config.internetMaxBandwidthOut)}, which buys public bandwidth (and a public IP) for these nodes; set it to 0 or remove it.`,
      field: `${path}.internetMaxBandwidthOut`,
    });
  }
}

/**
 * KW-CLU-006 Worker nodes have no public IP.
 * Pass: every worker or node-pool launch configuration leaves publicIpAssigned false or unset and
 * internetMaxBandwidthOut 0 or unset.
 * Fail: some launch configuration sets publicIpAssigned true or a non-zero internetMaxBandwidthOut.
 *
 * Launch configurations are the cluster's inline workerConfigs[], a NodePool's autoScalingConfig
 * and a NativeNodePool's native.internetAccessible (whose maxBandwidthOut is the same setting).
 * A cluster without inline workers has no launch configuration and is out of scope.
 */
export const KW_CLU_006: CloudRule = {
  id: 'KW-CLU-006',
  target: 'cloud',
  types: [CLUSTER_TYPE, NODE_POOL_TYPE, NATIVE_NODE_POOL_TYPE],
  evaluate(resource) {
    const out: Violation[] = [];
    if (resource.type === CLUSTER_TYPE) {
      const workers = inputList(resource.inputs.workerConfigs);
      if (workers.length === 0) return NOT_APPLICABLE;
      workers.forEach((w, i) => checkLaunchConfig(inputRecord(w), `workerConfigs[${i}]`, out));
    } else if (resource.type === NODE_POOL_TYPE) {
      checkLaunchConfig(inputRecord(resource.inputs.autoScalingConfig), 'autoScalingConfig', out);
    } else {
      const internet = inputRecord(inputRecord(resource.inputs.native).internetAccessible);
      if (nonZeroBandwidth(internet.maxBandwidthOut)) {
        out.push({
          message: `native.internetAccessible.maxBandwidthOut is ${String(internet.maxBandwidthOut)}, which gives these nodes public bandwidth and a public IP; remove native.internetAccessible or set maxBandwidthOut to 0.`,
          field: 'native.internetAccessible.maxBandwidthOut',
        });
      }
    }
    return out;
  },
};
