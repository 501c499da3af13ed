import type { KubeRule } from '../../rule';

/**
 * KW-NET-007 NodePort Services are not used.
 * Pass: the Service type is ClusterIP, ExternalName, LoadBalancer or unset.
 * Fail: the Service type is NodePort.
 *
 * Types are compared exactly as written, as the API server does.
 */
export const KW_NET_007: KubeRule = {
  id: 'KW-NET-007',
  target: 'kube',
  kinds: ['Service'],
  evaluate(obj) {
    const type = (obj.raw.spec ?? {}).type;
    if (type !== 'NodePort') return [];
    return [
      {
        message: 'this Service is type NodePort, which opens its port on every node; use ClusterIP behind an Ingress, or an internal LoadBalancer.',
        field: 'spec.type',
      },
    ];
  },
};
