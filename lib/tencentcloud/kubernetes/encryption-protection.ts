// Thin mirror of the Tencent Cloud Pulumi provider v0.2.3 (tencentcloudstack/pulumi-tencentcloud, Node SDK).
// `tencentcloud:Kubernetes/encryptionProtection:EncryptionProtection`
// (SDK file sdk/nodejs/kubernetes/encryptionProtection.ts, Terraform `tencentcloud_kubernetes_encryption_protection`): token, inputs and outputs as
// the generated SDK declares them, and the same default resource options.
import * as pulumi from '@pulumi/pulumi';
import { providerOptions } from '../provider';
import type { EncryptionProtectionKmsConfiguration } from './types';

/**
 * Enables KMS envelope encryption of Kubernetes Secrets in etcd for a cluster.
 *
 * Pulumi type `tencentcloud:Kubernetes/encryptionProtection:EncryptionProtection`.
 */
export class EncryptionProtection extends pulumi.CustomResource {
  /** The Pulumi type token of this resource. */
  public static readonly __pulumiType = 'tencentcloud:Kubernetes/encryptionProtection:EncryptionProtection';

  /** Whether `obj` is an EncryptionProtection, even when several copies of this module are loaded. */
  public static isInstance(obj: any): obj is EncryptionProtection {
    return obj !== undefined && obj !== null && obj.__pulumiType === EncryptionProtection.__pulumiType;
  }

  // Outputs are `declare`d: under ES2022 class-field semantics, `x!:` fields would be reset to
  // undefined after the Resource constructor has set them.
  /** Target cluster. */
  public declare readonly clusterId: pulumi.Output<string>;
  /** KMS key ID and region used for encryption. */
  public declare readonly kmsConfiguration: pulumi.Output<pulumi.Unwrap<EncryptionProtectionKmsConfiguration>>;
  /** kms encryption status. Output only. */
  public declare /* out */ readonly status: pulumi.Output<string>;

  /**
   * Creates an EncryptionProtection with the given unique name, arguments and options.
   * @param name The unique logical name of the resource.
   * @param args The inputs of the resource.
   * @param opts Resource options; merged over the provider defaults (version, plugin download URL).
   */
  constructor(name: string, args: EncryptionProtectionArgs, opts?: pulumi.CustomResourceOptions) {
    const o = opts ?? {};
    // As in the SDK: required inputs are checked unless the resource is rehydrated from a URN or read by id.
    if (!o.urn && !o.id) {
      for (const key of ['clusterId', 'kmsConfiguration'] as const) {
        if (args?.[key] === undefined) throw new Error(`Missing required property '${key}'`);
      }
    }
    const resourceInputs: pulumi.Inputs = {
      clusterId: args?.clusterId,
      kmsConfiguration: args?.kmsConfiguration,
      status: undefined, // output
    };
    super(EncryptionProtection.__pulumiType, name, resourceInputs, providerOptions(o));
  }
}

/** The inputs of an EncryptionProtection (`tencentcloud:Kubernetes/encryptionProtection:EncryptionProtection`). */
export interface EncryptionProtectionArgs {
  /**
   * Target cluster.
   * Changing it replaces the resource (ForceNew).
   */
  clusterId: pulumi.Input<string>;
  /**
   * KMS key ID and region used for encryption.
   * Changing it replaces the resource (ForceNew).
   */
  kmsConfiguration: pulumi.Input<EncryptionProtectionKmsConfiguration>;
}
