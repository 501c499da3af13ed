import { CLUSTER_TYPE, inputRecord, isTrueInput } from '../../model/cloud';
import type { CloudRule } from '../../rule';

/**
 * KW-MON-003 TKE event persistence is enabled.
 * Pass: eventPersistence.enabled is true, shipping Kubernetes events to CLS.
 * Fail: eventPersistence is absent or disabled, so events expire from etcd after about an hour.
 */
export const KW_MON_003: CloudRule = {
  id: 'KW-MON-003',
  target: 'cloud',
  types: [CLUSTER_TYPE],
  evaluate(resource) {
    if (isTrueInput(inputRecord(resource.inputs.eventPersistence).enabled)) return [];
    return [
      {
        message: 'Kubernetes events are not persisted and vanish from etcd after about an hour; set eventPersistence: { enabled: true } to ship them to CLS.',
        field: 'eventPersistence.enabled',
      },
    ];
  },
};
