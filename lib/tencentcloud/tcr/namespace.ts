// Thin mirror of the Tencent Cloud Pulumi provider v0.2.3 (tencentcloudstack/pulumi-tencentcloud, Node SDK).
// `tencentcloud:Tcr/namespace:Namespace`
// (SDK file sdk/nodejs/tcr/namespace.ts, Terraform `tencentcloud_tcr_namespace`): token, inputs and outputs as
// the generated SDK declares them, and the same default resource options.
import * as pulumi from '@pulumi/pulumi';
import { providerOptions } from '../provider';
import type { NamespaceCveWhitelistItem } from './types';

/**
 * A namespace (project) in a TCR instance, with vulnerability scanning and blocking settings.
 *
 * Pulumi type `tencentcloud:Tcr/namespace:Namespace`.
 */
export class Namespace extends pulumi.CustomResource {
  /** The Pulumi type token of this resource. */
  public static readonly __pulumiType = 'tencentcloud:Tcr/namespace:Namespace';

  /** Whether `obj` is a Namespace, even when several copies of this module are loaded. */
  public static isInstance(obj: any): obj is Namespace {
    return obj !== undefined && obj !== null && obj.__pulumiType === Namespace.__pulumiType;
  }

  // Outputs are `declare`d: under ES2022 class-field semantics, `x!:` fields would be reset to
  // undefined after the Resource constructor has set them.
  /** CVE IDs exempt from blocking. */
  public declare readonly cveWhitelistItems: pulumi.Output<pulumi.Unwrap<NamespaceCveWhitelistItem>[] | undefined>;
  /** TCR instance ID. */
  public declare readonly instanceId: pulumi.Output<string>;
  /** Scan pushed images automatically (default false). */
  public declare readonly isAutoScan: pulumi.Output<boolean | undefined>;
  /** Vulnerability blocking switch, threshold given by severity (default false). */
  public declare readonly isPreventVul: pulumi.Output<boolean | undefined>;
  /** Public namespace (default false). */
  public declare readonly isPublic: pulumi.Output<boolean | undefined>;
  /** Namespace name, 2-30 lowercase/digits/._- (auto-named if omitted). */
  public declare readonly name: pulumi.Output<string | undefined>;
  /** Blocking threshold: low, medium or high. */
  public declare readonly severity: pulumi.Output<string | undefined>;

  /**
   * Creates a Namespace with the given unique name, arguments and options.
   * @param name The unique logical name of the resource.
   * @param args The inputs of the resource.
   * @param opts Resource options; merged over the provider defaults (version, plugin download URL).
   */
  constructor(name: string, args: NamespaceArgs, opts?: pulumi.CustomResourceOptions) {
    const o = opts ?? {};
    // As in the SDK: required inputs are checked unless the resource is rehydrated from a URN or read by id.
    if (!o.urn && !o.id) {
      for (const key of ['instanceId'] as const) {
        if (args?.[key] === undefined) throw new Error(`Missing required property '${key}'`);
      }
    }
    const resourceInputs: pulumi.Inputs = {
      cveWhitelistItems: args?.cveWhitelistItems,
      instanceId: args?.instanceId,
      isAutoScan: args?.isAutoScan,
      isPreventVul: args?.isPreventVul,
      isPublic: args?.isPublic,
      name: args?.name,
      severity: args?.severity,
    };
    super(Namespace.__pulumiType, name, resourceInputs, providerOptions(o));
  }
}

/** The inputs of a Namespace (`tencentcloud:Tcr/namespace:Namespace`). */
export interface NamespaceArgs {
  /**
   * CVE IDs exempt from blocking.
   * @default - unset: the provider or the service decides.
   */
  cveWhitelistItems?: pulumi.Input<pulumi.Input<NamespaceCveWhitelistItem>[]>;
  /**
   * TCR instance ID.
   * Changing it replaces the resource (ForceNew).
   */
  instanceId: pulumi.Input<string>;
  /**
   * Scan pushed images automatically (default false).
   * @default false - the provider's documented default.
   */
  isAutoScan?: pulumi.Input<boolean>;
  /**
   * Vulnerability blocking switch, threshold given by severity (default false).
   * @default false - the provider's documented default.
   */
  isPreventVul?: pulumi.Input<boolean>;
  /**
   * Public namespace (default false).
   * @default false - the provider's documented default.
   */
  isPublic?: pulumi.Input<boolean>;
  /**
   * Namespace name, 2-30 lowercase/digits/._- (auto-named if omitted).
   * Changing it replaces the resource (ForceNew).
   * Pulumi auto-names it from the logical name when omitted.
   * @default - unset: the provider or the service decides.
   */
  name?: pulumi.Input<string>;
  /**
   * Blocking threshold: low, medium or high.
   * One of: `low`, `medium`, `high`.
   * @default - unset: the provider or the service decides.
   */
  severity?: pulumi.Input<string>;
}
