// The `tencentcloud:User/getInfo:getInfo` data source (SDK `user.getInfoOutput`, Terraform
// `tencentcloud_user_info`): who the credentials belong to. MultiZoneCluster reads the APPID from
// it, because every COS bucket name ends with `-<APPID>`. The invoke is not part of
// provider-subset.json (which lists resources only); its shape follows the SDK's getInfo.ts.
import * as pulumi from '@pulumi/pulumi';
import { TENCENTCLOUD_PLUGIN_DOWNLOAD_URL, TENCENTCLOUD_PROVIDER_VERSION } from '../provider';

/** The invoke token. */
export const GET_INFO_TOKEN = 'tencentcloud:User/getInfo:getInfo';

/** What the data source returns. */
export interface GetInfoResult {
  /** APPID of the account, the suffix of its COS bucket names. */
  readonly appId: string;
  /** Provider-assigned id of the lookup. */
  readonly id: string;
  /** Sub-account name (sub-accounts only). */
  readonly name: string;
  /** UIN of the owning root account. */
  readonly ownerUin: string;
  /** UIN of the caller. */
  readonly uin: string;
}

/** Looks up the account of the provider's credentials, as an Output. */
export function getInfoOutput(opts?: pulumi.InvokeOutputOptions): pulumi.Output<GetInfoResult> {
  // Same defaults as the SDK: the caller's options win.
  const merged: pulumi.InvokeOutputOptions = { version: TENCENTCLOUD_PROVIDER_VERSION, pluginDownloadURL: TENCENTCLOUD_PLUGIN_DOWNLOAD_URL, ...opts };
  return pulumi.runtime.invokeOutput<GetInfoResult>(GET_INFO_TOKEN, {}, merged);
}
