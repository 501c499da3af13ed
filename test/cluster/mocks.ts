// Pulumi mocks for MultiZoneCluster tests: every registration is recorded, ids look like Tencent
// Cloud ids, and the resources that compute outputs return plausible ones (kubeconfigs, the
// endpoint's addresses). Import this module before the code under test.
import * as pulumi from '@pulumi/pulumi';
import { mockInternetKubeconfig, mockIntranetKubeconfig, tencentCloudMocks } from '../../lib/cluster/mocks';

/** One registration seen by the mocks, in order. */
export interface Registered {
  readonly type: string;
  readonly name: string;
  readonly inputs: Record<string, any>;
  readonly id: string;
  readonly order: number;
}

/** Every registration since the last reset. */
export const registered: Registered[] = [];
/** Every invoke since the last reset. */
export const calls: Array<{ token: string; inputs: any }> = [];

/** The APPID the mocked `user.getInfo` returns. */
export const MOCK_APP_ID = '1250000000';

/** The kubeconfig the mocked endpoint returns for the private API server. */
export const intranetKubeconfig = mockIntranetKubeconfig;
/** The kubeconfig the mocked endpoint returns for the public API server. */
export const internetKubeconfig = mockInternetKubeconfig;

void pulumi.runtime.setMocks(
  tencentCloudMocks({
    appId: MOCK_APP_ID,
    onResource: (args, id) => registered.push({ type: args.type, name: args.name, inputs: args.inputs, id, order: registered.length }),
    onCall: (args) => calls.push({ token: args.token, inputs: args.inputs }),
  }),
  'kubeward',
  'test',
  false,
);

/** Lets pending registrations finish. */
export function settle(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 200));
}

/** The value of an Output (known under mocks). */
export function valueOf<T>(o: pulumi.Output<T>): Promise<T> {
  return new Promise((resolve) => o.apply((v) => {
    resolve(v);
    return v;
  }));
}

/** Clears the recordings. */
export function reset(): void {
  registered.length = 0;
  calls.length = 0;
}
