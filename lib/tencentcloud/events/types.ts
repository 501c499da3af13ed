// Thin mirror of the Tencent Cloud Pulumi provider v0.2.3 (tencentcloudstack/pulumi-tencentcloud, Node SDK).
// Nested input types of the `Events` module (the SDK's `inputs.Events.*`), with the same names and fields.
import type * as pulumi from '@pulumi/pulumi';

/** `inputs.Events.AuditTrackFilters` of the provider SDK. */
export interface AuditTrackFilters {
  /**
   * Product/action/API filter entries.
   * @default - unset: the provider or the service decides.
   */
  resourceFields?: pulumi.Input<pulumi.Input<AuditTrackFiltersResourceField>[]>;
}

/** `inputs.Events.AuditTrackFiltersResourceField` of the provider SDK. */
export interface AuditTrackFiltersResourceField {
  /**
   * Read, Write or *.
   */
  actionType: pulumi.Input<string>;
  /**
   * API names; * when resourceType is *.
   */
  eventNames: pulumi.Input<pulumi.Input<string>[]>;
  /**
   * Product, e.g. cos, or * for all.
   */
  resourceType: pulumi.Input<string>;
}

/** `inputs.Events.AuditTrackStorage` of the provider SDK. */
export interface AuditTrackStorage {
  /**
   * Account (UIN) owning the storage.
   * @default - unset: the provider or the service decides.
   */
  storageAccountId?: pulumi.Input<string>;
  /**
   * AppID owning the storage.
   * @default - unset: the provider or the service decides.
   */
  storageAppId?: pulumi.Input<string>;
  /**
   * COS bucket name without -APPID, or CLS topic ID.
   */
  storageName: pulumi.Input<string>;
  /**
   * Prefix (3-40 letters/digits for COS).
   */
  storagePrefix: pulumi.Input<string>;
  /**
   * Region of the storage (upstream doc text is garbled).
   */
  storageRegion: pulumi.Input<string>;
  /**
   * cos or cls.
   */
  storageType: pulumi.Input<string>;
}
