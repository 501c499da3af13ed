// Issue 10, defect 4: the ingress-gateway peer must select the gateway that Istio's documented
// install really creates. Istio's "Install with Helm" page installs it with
//   helm install istio-ingress istio/gateway -n istio-ingress
// and the chart derives every name from the release name. The model below restates the chart's
// naming rules (istio/istio manifests/charts/gateway/templates/_helpers.tpl: `gateway.name` is
// `.Values.name`, else the release name; `gateway.selectorLabels` are `app: <name>` and
// `istio: <name without the "istio-" prefix>`; `gateway.serviceAccountName` is
// `.Values.serviceAccount.name`, else `<name>`, with values.yaml's `serviceAccount.create: true`),
// so the test fails if our defaults and the chart disagree.
import { TenantPeer } from '../../lib/network';

interface GatewayInstall {
  readonly namespace: string;
  readonly serviceAccount: string;
  readonly podLabels: Record<string, string>;
}

/** What `helm install <release> istio/gateway -n <namespace>` creates, with the chart's default values. */
function istioGatewayChart(release: string, namespace: string, values: { name?: string; serviceAccountName?: string } = {}): GatewayInstall {
  const name = values.name || release || 'istio-ingressgateway';
  return {
    namespace,
    serviceAccount: values.serviceAccountName || name,
    podLabels: { app: name, istio: name.replace(/^istio-/, '') },
  };
}

describe('TenantPeer.ingressGateway defaults follow the istio/gateway chart |', () => {
  const documented = istioGatewayChart('istio-ingress', 'istio-ingress');

  test('the chart model gives what the issue reports (ServiceAccount istio-ingress, label istio: ingress)', () => {
    expect(documented).toEqual({ namespace: 'istio-ingress', serviceAccount: 'istio-ingress', podLabels: { app: 'istio-ingress', istio: 'ingress' } });
  });

  test('the default peer selects the documented install: its namespace, its pods, its principal', () => {
    const peer = TenantPeer.ingressGateway();
    const np = peer.toNetworkPolicyPeer();
    expect(np.namespaceSelector).toEqual({ matchLabels: { 'kubernetes.io/metadata.name': documented.namespace } });
    // Every label the peer selects on must be a label the chart puts on the gateway pods.
    const selected = np.podSelector?.matchLabels ?? {};
    expect(Object.keys(selected).length).toBeGreaterThan(0);
    for (const [k, v] of Object.entries(selected)) expect(documented.podLabels[k]).toBe(v);
    expect(peer.toIstioSource()).toEqual({ principals: [`cluster.local/ns/${documented.namespace}/sa/${documented.serviceAccount}`] });
  });

  test('another release name is one option away: pass what the chart derives from it', () => {
    const other = istioGatewayChart('edge-gateway', 'gateways');
    const peer = TenantPeer.ingressGateway({
      namespace: other.namespace, serviceAccount: other.serviceAccount, podLabels: { istio: other.podLabels.istio },
    });
    expect(peer.toNetworkPolicyPeer().podSelector).toEqual({ matchLabels: { istio: 'edge-gateway' } });
    expect(peer.toIstioSource()).toEqual({ principals: ['cluster.local/ns/gateways/sa/edge-gateway'] });
  });
});
