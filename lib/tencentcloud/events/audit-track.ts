// Thin mirror of the Tencent Cloud Pulumi provider v0.2.3 (tencentcloudstack/pulumi-tencentcloud, Node SDK).
// `tencentcloud:Events/auditTrack:AuditTrack`
// (SDK file sdk/nodejs/events/auditTrack.ts, Terraform `tencentcloud_events_audit_track`): token, inputs and outputs as
// the generated SDK declares them, and the same default resource options.
import * as pulumi from '@pulumi/pulumi';
import { providerOptions } from '../provider';
import type { AuditTrackFilters, AuditTrackStorage } from './types';

/**
 * A CloudAudit tracking set (newer Events module) with filter blocks, shipping to COS or CLS.
 *
 * Pulumi type `tencentcloud:Events/auditTrack:AuditTrack`.
 */
export class AuditTrack extends pulumi.CustomResource {
  /** The Pulumi type token of this resource. */
  public static readonly __pulumiType = 'tencentcloud:Events/auditTrack:AuditTrack';

  /** Whether `obj` is an AuditTrack, even when several copies of this module are loaded. */
  public static isInstance(obj: any): obj is AuditTrack {
    return obj !== undefined && obj !== null && obj.__pulumiType === AuditTrack.__pulumiType;
  }

  // Outputs are `declare`d: under ES2022 class-field semantics, `x!:` fields would be reset to
  // undefined after the Resource constructor has set them.
  /** Resource/action filter conditions. */
  public declare readonly filters: pulumi.Output<pulumi.Unwrap<AuditTrackFilters>>;
  /** Track name, 3-48 letters/digits/-/_ (auto-named if omitted). */
  public declare readonly name: pulumi.Output<string | undefined>;
  /** 1 = on, 0 = off. */
  public declare readonly status: pulumi.Output<number>;
  /** Destination (COS bucket or CLS topic). */
  public declare readonly storage: pulumi.Output<pulumi.Unwrap<AuditTrackStorage>>;
  /** Also collect organization member accounts (0/1; org admin only). */
  public declare readonly trackForAllMembers: pulumi.Output<number | undefined>;
  /** Whether the log list has come to an end. Output only. */
  public declare /* out */ readonly trackId: pulumi.Output<number>;

  /**
   * Creates an AuditTrack with the given unique name, arguments and options.
   * @param name The unique logical name of the resource.
   * @param args The inputs of the resource.
   * @param opts Resource options; merged over the provider defaults (version, plugin download URL).
   */
  constructor(name: string, args: AuditTrackArgs, opts?: pulumi.CustomResourceOptions) {
    const o = opts ?? {};
    // As in the SDK: required inputs are checked unless the resource is rehydrated from a URN or read by id.
    if (!o.urn && !o.id) {
      for (const key of ['filters', 'status', 'storage'] as const) {
        if (args?.[key] === undefined) throw new Error(`Missing required property '${key}'`);
      }
    }
    const resourceInputs: pulumi.Inputs = {
      filters: args?.filters,
      name: args?.name,
      status: args?.status,
      storage: args?.storage,
      trackForAllMembers: args?.trackForAllMembers,
      trackId: undefined, // output
    };
    super(AuditTrack.__pulumiType, name, resourceInputs, providerOptions(o));
  }
}

/** The inputs of an AuditTrack (`tencentcloud:Events/auditTrack:AuditTrack`). */
export interface AuditTrackArgs {
  /**
   * Resource/action filter conditions.
   */
  filters: pulumi.Input<AuditTrackFilters>;
  /**
   * Track name, 3-48 letters/digits/-/_ (auto-named if omitted).
   * Changing it replaces the resource (ForceNew).
   * Pulumi auto-names it from the logical name when omitted.
   * @default - unset: the provider or the service decides.
   */
  name?: pulumi.Input<string>;
  /**
   * 1 = on, 0 = off.
   */
  status: pulumi.Input<number>;
  /**
   * Destination (COS bucket or CLS topic).
   */
  storage: pulumi.Input<AuditTrackStorage>;
  /**
   * Also collect organization member accounts (0/1; org admin only).
   * @default - unset: the provider or the service decides.
   */
  trackForAllMembers?: pulumi.Input<number>;
}
