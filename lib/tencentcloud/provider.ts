// The resource options every class of this folder passes, as the official SDK does: the plugin
// version and where to download it. Without them the engine would look for the newest
// `tencentcloud` plugin on Pulumi's own servers, which do not host it.
import * as pulumi from '@pulumi/pulumi';

/** Version of the Tencent Cloud provider plugin (and Node SDK) these classes mirror. */
export const TENCENTCLOUD_PROVIDER_VERSION = '0.2.3';

/** Where the Pulumi engine downloads the `tencentcloud` plugin from. */
export const TENCENTCLOUD_PLUGIN_DOWNLOAD_URL = 'github://api.github.com/tencentcloudstack';

/**
 * The options a resource is registered with: the SDK's defaults (version, plugin download URL)
 * under the caller's options, then the outputs the SDK marks secret.
 * @internal
 */
export function providerOptions(opts: pulumi.CustomResourceOptions | undefined, secretOutputs?: string[]): pulumi.CustomResourceOptions {
  const merged = pulumi.mergeOptions({ version: TENCENTCLOUD_PROVIDER_VERSION, pluginDownloadURL: TENCENTCLOUD_PLUGIN_DOWNLOAD_URL }, opts);
  return secretOutputs ? pulumi.mergeOptions(merged, { additionalSecretOutputs: secretOutputs }) : merged;
}
