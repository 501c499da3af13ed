// Thin mirror of the Tencent Cloud Pulumi provider v0.2.3 (tencentcloudstack/pulumi-tencentcloud, Node SDK).
// `tencentcloud:Kms/key:Key`
// (SDK file sdk/nodejs/kms/key.ts, Terraform `tencentcloud_kms_key`): token, inputs and outputs as
// the generated SDK declares them, and the same default resource options.
import * as pulumi from '@pulumi/pulumi';
import { providerOptions } from '../provider';

/**
 * A KMS customer master key (CMK).
 *
 * Pulumi type `tencentcloud:Kms/key:Key`.
 */
export class Key extends pulumi.CustomResource {
  /** The Pulumi type token of this resource. */
  public static readonly __pulumiType = 'tencentcloud:Kms/key:Key';

  /** Whether `obj` is a Key, even when several copies of this module are loaded. */
  public static isInstance(obj: any): obj is Key {
    return obj !== undefined && obj !== null && obj.__pulumiType === Key.__pulumiType;
  }

  // Outputs are `declare`d: under ES2022 class-field semantics, `x!:` fields would be reset to
  // undefined after the Resource constructor has set them.
  /** Key alias; letters, digits, _ and -; must start with letter or digit. */
  public declare readonly alias: pulumi.Output<string>;
  /** Description (<= 1024 bytes). */
  public declare readonly description: pulumi.Output<string | undefined>;
  /** HSM cluster ID (exclusive/managed KMS editions). */
  public declare readonly hsmClusterId: pulumi.Output<string | undefined>;
  /** Archive the key (default false); exclusive with isEnabled. */
  public declare readonly isArchived: pulumi.Output<boolean | undefined>;
  /** Enable the key (default false per docs); exclusive with isArchived. */
  public declare readonly isEnabled: pulumi.Output<boolean | undefined>;
  /** Automatic key rotation; ENCRYPT_DECRYPT keys only (default false). */
  public declare readonly keyRotationEnabled: pulumi.Output<boolean | undefined>;
  /** State of CMK. Output only. */
  public declare /* out */ readonly keyState: pulumi.Output<string>;
  /** ENCRYPT_DECRYPT (default) or an asymmetric RSA/SM2/ECC usage. */
  public declare readonly keyUsage: pulumi.Output<string | undefined>;
  /** Days (7-30, default 7) before a destroyed key is really deleted. */
  public declare readonly pendingDeleteWindowInDays: pulumi.Output<number | undefined>;
  /** Tag map. */
  public declare readonly tags: pulumi.Output<{ [key: string]: string } | undefined>;

  /**
   * Creates a Key with the given unique name, arguments and options.
   * @param name The unique logical name of the resource.
   * @param args The inputs of the resource.
   * @param opts Resource options; merged over the provider defaults (version, plugin download URL).
   */
  constructor(name: string, args: KeyArgs, opts?: pulumi.CustomResourceOptions) {
    const o = opts ?? {};
    // As in the SDK: required inputs are checked unless the resource is rehydrated from a URN or read by id.
    if (!o.urn && !o.id) {
      for (const key of ['alias'] as const) {
        if (args?.[key] === undefined) throw new Error(`Missing required property '${key}'`);
      }
    }
    const resourceInputs: pulumi.Inputs = {
      alias: args?.alias,
      description: args?.description,
      hsmClusterId: args?.hsmClusterId,
      isArchived: args?.isArchived,
      isEnabled: args?.isEnabled,
      keyRotationEnabled: args?.keyRotationEnabled,
      keyUsage: args?.keyUsage,
      pendingDeleteWindowInDays: args?.pendingDeleteWindowInDays,
      tags: args?.tags,
      keyState: undefined, // output
    };
    super(Key.__pulumiType, name, resourceInputs, providerOptions(o));
  }
}

/** The inputs of a Key (`tencentcloud:Kms/key:Key`). */
export interface KeyArgs {
  /**
   * Key alias; letters, digits, _ and -; must start with letter or digit.
   */
  alias: pulumi.Input<string>;
  /**
   * Description (<= 1024 bytes).
   * @default - unset: the provider or the service decides.
   */
  description?: pulumi.Input<string>;
  /**
   * HSM cluster ID (exclusive/managed KMS editions).
   * It cannot be changed once set: the provider refuses the update.
   * @default - unset: the provider or the service decides.
   */
  hsmClusterId?: pulumi.Input<string>;
  /**
   * Archive the key (default false); exclusive with isEnabled.
   * @default false - the provider's documented default.
   */
  isArchived?: pulumi.Input<boolean>;
  /**
   * Enable the key (default false per docs); exclusive with isArchived.
   * @default false - the provider's documented default.
   */
  isEnabled?: pulumi.Input<boolean>;
  /**
   * Automatic key rotation; ENCRYPT_DECRYPT keys only (default false).
   * @default false - the provider's documented default.
   */
  keyRotationEnabled?: pulumi.Input<boolean>;
  /**
   * ENCRYPT_DECRYPT (default) or an asymmetric RSA/SM2/ECC usage.
   * One of: `ENCRYPT_DECRYPT`, `ASYMMETRIC_DECRYPT_RSA_2048`, `ASYMMETRIC_DECRYPT_SM2`, `ASYMMETRIC_SIGN_VERIFY_SM2`, `ASYMMETRIC_SIGN_VERIFY_RSA_2048`, `ASYMMETRIC_SIGN_VERIFY_ECC`.
   * Changing it replaces the resource (ForceNew).
   * @default ENCRYPT_DECRYPT - the provider's documented default.
   */
  keyUsage?: pulumi.Input<string>;
  /**
   * Days (7-30, default 7) before a destroyed key is really deleted.
   * @default 7 - the provider's documented default.
   */
  pendingDeleteWindowInDays?: pulumi.Input<number>;
  /**
   * Tag map.
   * @default - unset: the provider or the service decides.
   */
  tags?: pulumi.Input<{ [key: string]: pulumi.Input<string> }>;
}
