// Thin mirror of the Tencent Cloud Pulumi provider v0.2.3 (tencentcloudstack/pulumi-tencentcloud, Node SDK).
// `tencentcloud:Cos/bucket:Bucket`
// (SDK file sdk/nodejs/cos/bucket.ts, Terraform `tencentcloud_cos_bucket`): token, inputs and outputs as
// the generated SDK declares them, and the same default resource options.
import * as pulumi from '@pulumi/pulumi';
import { providerOptions } from '../provider';
import type { BucketCorsRule, BucketLifecycleRule, BucketOriginDomainRule, BucketOriginPullRule, BucketReplicaRule, BucketWebsite } from './types';

/**
 * A COS (object storage) bucket with versioning, encryption, lifecycle, replication, logging and website settings.
 *
 * Pulumi type `tencentcloud:Cos/bucket:Bucket`.
 */
export class Bucket extends pulumi.CustomResource {
  /** The Pulumi type token of this resource. */
  public static readonly __pulumiType = 'tencentcloud:Cos/bucket:Bucket';

  /** Whether `obj` is a Bucket, even when several copies of this module are loaded. */
  public static isInstance(obj: any): obj is Bucket {
    return obj !== undefined && obj !== null && obj.__pulumiType === Bucket.__pulumiType;
  }

  // Outputs are `declare`d: under ES2022 class-field semantics, `x!:` fields would be reset to
  // undefined after the Resource constructor has set them.
  /** Enable global acceleration. */
  public declare readonly accelerationEnable: pulumi.Output<boolean | undefined>;
  /** Canned ACL: private (default), public-read or public-read-write. */
  public declare readonly acl: pulumi.Output<string | undefined>;
  /** Full ACL as XML; overrides acl. */
  public declare readonly aclBody: pulumi.Output<string | undefined>;
  /** Bucket name in the form <name>-<appid>; required, no auto-naming. */
  public declare readonly bucket: pulumi.Output<string>;
  /** CDC cluster ID for CDC buckets. */
  public declare readonly cdcId: pulumi.Output<string | undefined>;
  /** Create a metadata-accelerated (HDFS) bucket; excludes acl, website, encryption, versioning, etc. */
  public declare readonly chdfsOfs: pulumi.Output<boolean | undefined>;
  /** CORS rules. */
  public declare readonly corsRules: pulumi.Output<pulumi.Unwrap<BucketCorsRule>[] | undefined>;
  /** The URL of this cos bucket. Output only. */
  public declare /* out */ readonly cosBucketUrl: pulumi.Output<string>;
  /** Enable intelligent tiering; cannot be turned off afterwards. */
  public declare readonly enableIntelligentTiering: pulumi.Output<boolean | undefined>;
  /** Server-side encryption: AES256, KMS or SM4. */
  public declare readonly encryptionAlgorithm: pulumi.Output<string | undefined>;
  /** Delete all objects before destroying the bucket. */
  public declare readonly forceClean: pulumi.Output<boolean | undefined>;
  /** Days before data moves to the infrequent tier (30, 60 or 90; default 30). */
  public declare readonly intelligentTieringDays: pulumi.Output<number | undefined>;
  /** Access-count threshold used with intelligentTieringDays. */
  public declare readonly intelligentTieringRequestFrequent: pulumi.Output<number | undefined>;
  /** KMS key for SSE-KMS; only with encryptionAlgorithm KMS (default key otherwise). */
  public declare readonly kmsId: pulumi.Output<string | undefined>;
  /** Object lifecycle rules (transition / expiration). */
  public declare readonly lifecycleRules: pulumi.Output<pulumi.Unwrap<BucketLifecycleRule>[] | undefined>;
  /** Write access logs to logTargetBucket (default false; needs log service role). */
  public declare readonly logEnable: pulumi.Output<boolean | undefined>;
  /** Key prefix for access logs. */
  public declare readonly logPrefix: pulumi.Output<string | undefined>;
  /** Bucket receiving access logs. */
  public declare readonly logTargetBucket: pulumi.Output<string | undefined>;
  /** Create a multi-AZ bucket (then versioning cannot be disabled). */
  public declare readonly multiAz: pulumi.Output<boolean | undefined>;
  /** Custom origin domain rules. */
  public declare readonly originDomainRules: pulumi.Output<pulumi.Unwrap<BucketOriginDomainRule>[] | undefined>;
  /** Back-to-origin pull rules. */
  public declare readonly originPullRules: pulumi.Output<pulumi.Unwrap<BucketOriginPullRule>[] | undefined>;
  /** CAM role (qcs::cam::uin/..:uin/..) used for cross-region replication; needs versioningEnable and replicaRules. */
  public declare readonly replicaRole: pulumi.Output<string | undefined>;
  /** Replication rules; need versioningEnable and replicaRole. */
  public declare readonly replicaRules: pulumi.Output<pulumi.Unwrap<BucketReplicaRule>[] | undefined>;
  /** Tag map. */
  public declare readonly tags: pulumi.Output<{ [key: string]: string } | undefined>;
  /** Enable object versioning. */
  public declare readonly versioningEnable: pulumi.Output<boolean | undefined>;
  /** Static website hosting settings. */
  public declare readonly website: pulumi.Output<pulumi.Unwrap<BucketWebsite> | undefined>;

  /**
   * Creates a Bucket with the given unique name, arguments and options.
   * @param name The unique logical name of the resource.
   * @param args The inputs of the resource.
   * @param opts Resource options; merged over the provider defaults (version, plugin download URL).
   */
  constructor(name: string, args: BucketArgs, opts?: pulumi.CustomResourceOptions) {
    const o = opts ?? {};
    // As in the SDK: required inputs are checked unless the resource is rehydrated from a URN or read by id.
    if (!o.urn && !o.id) {
      for (const key of ['bucket'] as const) {
        if (args?.[key] === undefined) throw new Error(`Missing required property '${key}'`);
      }
    }
    const resourceInputs: pulumi.Inputs = {
      accelerationEnable: args?.accelerationEnable,
      acl: args?.acl,
      aclBody: args?.aclBody,
      bucket: args?.bucket,
      cdcId: args?.cdcId,
      chdfsOfs: args?.chdfsOfs,
      corsRules: args?.corsRules,
      enableIntelligentTiering: args?.enableIntelligentTiering,
      encryptionAlgorithm: args?.encryptionAlgorithm,
      forceClean: args?.forceClean,
      intelligentTieringDays: args?.intelligentTieringDays,
      intelligentTieringRequestFrequent: args?.intelligentTieringRequestFrequent,
      kmsId: args?.kmsId,
      lifecycleRules: args?.lifecycleRules,
      logEnable: args?.logEnable,
      logPrefix: args?.logPrefix,
      logTargetBucket: args?.logTargetBucket,
      multiAz: args?.multiAz,
      originDomainRules: args?.originDomainRules,
      originPullRules: args?.originPullRules,
      replicaRole: args?.replicaRole,
      replicaRules: args?.replicaRules,
      tags: args?.tags,
      versioningEnable: args?.versioningEnable,
      website: args?.website,
      cosBucketUrl: undefined, // output
    };
    super(Bucket.__pulumiType, name, resourceInputs, providerOptions(o));
  }
}

/** The inputs of a Bucket (`tencentcloud:Cos/bucket:Bucket`). */
export interface BucketArgs {
  /**
   * Enable global acceleration.
   * @default - unset: the provider or the service decides.
   */
  accelerationEnable?: pulumi.Input<boolean>;
  /**
   * Canned ACL: private (default), public-read or public-read-write.
   * @default private - the provider's documented default.
   */
  acl?: pulumi.Input<string>;
  /**
   * Full ACL as XML; overrides acl.
   * @default - unset: the provider or the service decides.
   */
  aclBody?: pulumi.Input<string>;
  /**
   * Bucket name in the form <name>-<appid>; required, no auto-naming.
   * Changing it replaces the resource (ForceNew).
   */
  bucket: pulumi.Input<string>;
  /**
   * CDC cluster ID for CDC buckets.
   * Changing it replaces the resource (ForceNew).
   * @default - unset: the provider or the service decides.
   */
  cdcId?: pulumi.Input<string>;
  /**
   * Create a metadata-accelerated (HDFS) bucket; excludes acl, website, encryption, versioning, etc.
   * Changing it replaces the resource (ForceNew).
   * @default - unset: the provider or the service decides.
   */
  chdfsOfs?: pulumi.Input<boolean>;
  /**
   * CORS rules.
   * @default - unset: the provider or the service decides.
   */
  corsRules?: pulumi.Input<pulumi.Input<BucketCorsRule>[]>;
  /**
   * Enable intelligent tiering; cannot be turned off afterwards.
   * @default - unset: the provider or the service decides.
   */
  enableIntelligentTiering?: pulumi.Input<boolean>;
  /**
   * Server-side encryption: AES256, KMS or SM4.
   * One of: `AES256`, `KMS`, `SM4`.
   * @default - unset: the provider or the service decides.
   */
  encryptionAlgorithm?: pulumi.Input<string>;
  /**
   * Delete all objects before destroying the bucket.
   * @default - unset: the provider or the service decides.
   */
  forceClean?: pulumi.Input<boolean>;
  /**
   * Days before data moves to the infrequent tier (30, 60 or 90; default 30).
   * @default 30 - the provider's documented default.
   */
  intelligentTieringDays?: pulumi.Input<number>;
  /**
   * Access-count threshold used with intelligentTieringDays.
   * @default - unset: the provider or the service decides.
   */
  intelligentTieringRequestFrequent?: pulumi.Input<number>;
  /**
   * KMS key for SSE-KMS; only with encryptionAlgorithm KMS (default key otherwise).
   * @default - unset: the provider or the service decides.
   */
  kmsId?: pulumi.Input<string>;
  /**
   * Object lifecycle rules (transition / expiration).
   * @default - unset: the provider or the service decides.
   */
  lifecycleRules?: pulumi.Input<pulumi.Input<BucketLifecycleRule>[]>;
  /**
   * Write access logs to logTargetBucket (default false; needs log service role).
   * @default false - the provider's documented default.
   */
  logEnable?: pulumi.Input<boolean>;
  /**
   * Key prefix for access logs.
   * @default - unset: the provider or the service decides.
   */
  logPrefix?: pulumi.Input<string>;
  /**
   * Bucket receiving access logs.
   * @default - unset: the provider or the service decides.
   */
  logTargetBucket?: pulumi.Input<string>;
  /**
   * Create a multi-AZ bucket (then versioning cannot be disabled).
   * Changing it replaces the resource (ForceNew).
   * @default - unset: the provider or the service decides.
   */
  multiAz?: pulumi.Input<boolean>;
  /**
   * Custom origin domain rules.
   * @default - unset: the provider or the service decides.
   */
  originDomainRules?: pulumi.Input<pulumi.Input<BucketOriginDomainRule>[]>;
  /**
   * Back-to-origin pull rules.
   * @default - unset: the provider or the service decides.
   */
  originPullRules?: pulumi.Input<pulumi.Input<BucketOriginPullRule>[]>;
  /**
   * CAM role (qcs::cam::uin/..:uin/..) used for cross-region replication; needs versioningEnable and replicaRules.
   * @default - unset: the provider or the service decides.
   */
  replicaRole?: pulumi.Input<string>;
  /**
   * Replication rules; need versioningEnable and replicaRole.
   * @default - unset: the provider or the service decides.
   */
  replicaRules?: pulumi.Input<pulumi.Input<BucketReplicaRule>[]>;
  /**
   * Tag map.
   * @default - unset: the provider or the service decides.
   */
  tags?: pulumi.Input<{ [key: string]: pulumi.Input<string> }>;
  /**
   * Enable object versioning.
   * @default - unset: the provider or the service decides.
   */
  versioningEnable?: pulumi.Input<boolean>;
  /**
   * Static website hosting settings.
   * @default - unset: the provider or the service decides.
   */
  website?: pulumi.Input<BucketWebsite>;
}
