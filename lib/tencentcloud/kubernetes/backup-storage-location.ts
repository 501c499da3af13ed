// Thin mirror of the Tencent Cloud Pulumi provider v0.2.3 (tencentcloudstack/pulumi-tencentcloud, Node SDK).
// `tencentcloud:Kubernetes/backupStorageLocation:BackupStorageLocation`
// (SDK file sdk/nodejs/kubernetes/backupStorageLocation.ts, Terraform `tencentcloud_kubernetes_backup_storage_location`): token, inputs and outputs as
// the generated SDK declares them, and the same default resource options.
import * as pulumi from '@pulumi/pulumi';
import { providerOptions } from '../provider';

/**
 * A TKE backup storage location (COS bucket) for cluster backups; bucket name must start with tke-backup.
 *
 * Pulumi type `tencentcloud:Kubernetes/backupStorageLocation:BackupStorageLocation`.
 */
export class BackupStorageLocation extends pulumi.CustomResource {
  /** The Pulumi type token of this resource. */
  public static readonly __pulumiType = 'tencentcloud:Kubernetes/backupStorageLocation:BackupStorageLocation';

  /** Whether `obj` is a BackupStorageLocation, even when several copies of this module are loaded. */
  public static isInstance(obj: any): obj is BackupStorageLocation {
    return obj !== undefined && obj !== null && obj.__pulumiType === BackupStorageLocation.__pulumiType;
  }

  // Outputs are `declare`d: under ES2022 class-field semantics, `x!:` fields would be reset to
  // undefined after the Resource constructor has set them.
  /** COS bucket name (pre-created, prefix tke-backup). */
  public declare readonly bucket: pulumi.Output<string>;
  /** Message of the backup storage location. Output only. */
  public declare /* out */ readonly message: pulumi.Output<string>;
  /** Location name (auto-named if omitted). */
  public declare readonly name: pulumi.Output<string | undefined>;
  /** Key prefix inside the bucket. */
  public declare readonly path: pulumi.Output<string | undefined>;
  /** State of the backup storage location. Output only. */
  public declare /* out */ readonly state: pulumi.Output<string>;
  /** Region of the bucket. */
  public declare readonly storageRegion: pulumi.Output<string>;

  /**
   * Creates a BackupStorageLocation with the given unique name, arguments and options.
   * @param name The unique logical name of the resource.
   * @param args The inputs of the resource.
   * @param opts Resource options; merged over the provider defaults (version, plugin download URL).
   */
  constructor(name: string, args: BackupStorageLocationArgs, opts?: pulumi.CustomResourceOptions) {
    const o = opts ?? {};
    // As in the SDK: required inputs are checked unless the resource is rehydrated from a URN or read by id.
    if (!o.urn && !o.id) {
      for (const key of ['bucket', 'storageRegion'] as const) {
        if (args?.[key] === undefined) throw new Error(`Missing required property '${key}'`);
      }
    }
    const resourceInputs: pulumi.Inputs = {
      bucket: args?.bucket,
      name: args?.name,
      path: args?.path,
      storageRegion: args?.storageRegion,
      message: undefined, // output
      state: undefined, // output
    };
    super(BackupStorageLocation.__pulumiType, name, resourceInputs, providerOptions(o));
  }
}

/** The inputs of a BackupStorageLocation (`tencentcloud:Kubernetes/backupStorageLocation:BackupStorageLocation`). */
export interface BackupStorageLocationArgs {
  /**
   * COS bucket name (pre-created, prefix tke-backup).
   * Changing it replaces the resource (ForceNew).
   */
  bucket: pulumi.Input<string>;
  /**
   * Location name (auto-named if omitted).
   * Changing it replaces the resource (ForceNew).
   * Pulumi auto-names it from the logical name when omitted.
   * @default - unset: the provider or the service decides.
   */
  name?: pulumi.Input<string>;
  /**
   * Key prefix inside the bucket.
   * Changing it replaces the resource (ForceNew).
   * @default - unset: the provider or the service decides.
   */
  path?: pulumi.Input<string>;
  /**
   * Region of the bucket.
   * Changing it replaces the resource (ForceNew).
   */
  storageRegion: pulumi.Input<string>;
}
