// Thin mirror of the Tencent Cloud Pulumi provider v0.2.3 (tencentcloudstack/pulumi-tencentcloud, Node SDK).
// Nested input types of the `Tcr` module (the SDK's `inputs.Tcr.*`), with the same names and fields.
import type * as pulumi from '@pulumi/pulumi';

/** `inputs.Tcr.NamespaceCveWhitelistItem` of the provider SDK. */
export interface NamespaceCveWhitelistItem {
  /**
   * CVE ID to allow.
   * @default - unset: the provider or the service decides.
   */
  cveId?: pulumi.Input<string>;
}
