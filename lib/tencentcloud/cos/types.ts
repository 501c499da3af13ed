// Thin mirror of the Tencent Cloud Pulumi provider v0.2.3 (tencentcloudstack/pulumi-tencentcloud, Node SDK).
// Nested input types of the `Cos` module (the SDK's `inputs.Cos.*`), with the same names and fields.
import type * as pulumi from '@pulumi/pulumi';

/** `inputs.Cos.BucketCorsRule` of the provider SDK. */
export interface BucketCorsRule {
  /**
   * Specifies which headers are allowed.
   */
  allowedHeaders: pulumi.Input<pulumi.Input<string>[]>;
  /**
   * Specifies which methods are allowed.
   */
  allowedMethods: pulumi.Input<pulumi.Input<string>[]>;
  /**
   * Specifies which origins are allowed.
   */
  allowedOrigins: pulumi.Input<pulumi.Input<string>[]>;
  /**
   * Specifies expose header in the response.
   * @default - unset: the provider or the service decides.
   */
  exposeHeaders?: pulumi.Input<pulumi.Input<string>[]>;
  /**
   * Specifies time in seconds that browser can cache the response for a preflight request.
   * @default - unset: the provider or the service decides.
   */
  maxAgeSeconds?: pulumi.Input<number>;
}

/** `inputs.Cos.BucketLifecycleRule` of the provider SDK. */
export interface BucketLifecycleRule {
  /**
   * Abort unfinished multipart uploads after N days.
   * @default - unset: the provider or the service decides.
   */
  abortIncompleteMultipartUpload?: pulumi.Input<BucketLifecycleRuleAbortIncompleteMultipartUpload>;
  /**
   * Delete current objects after days/date.
   * @default - unset: the provider or the service decides.
   */
  expiration?: pulumi.Input<BucketLifecycleRuleExpiration>;
  /**
   * Key prefix the rule applies to.
   * @default - unset: the provider or the service decides.
   */
  filterPrefix?: pulumi.Input<string>;
  /**
   * Rule ID (<= 255 chars).
   * @default - unset: the provider or the service decides.
   */
  id?: pulumi.Input<string>;
  /**
   * Delete noncurrent versions after N days.
   * @default - unset: the provider or the service decides.
   */
  nonCurrentExpiration?: pulumi.Input<BucketLifecycleRuleNonCurrentExpiration>;
  /**
   * Move noncurrent versions to colder classes.
   * @default - unset: the provider or the service decides.
   */
  nonCurrentTransitions?: pulumi.Input<pulumi.Input<BucketLifecycleRuleNonCurrentTransition>[]>;
  /**
   * Move current objects to colder classes.
   * @default - unset: the provider or the service decides.
   */
  transitions?: pulumi.Input<pulumi.Input<BucketLifecycleRuleTransition>[]>;
}

/** `inputs.Cos.BucketLifecycleRuleAbortIncompleteMultipartUpload` of the provider SDK. */
export interface BucketLifecycleRuleAbortIncompleteMultipartUpload {
  /**
   * Days after upload start (<= 3650).
   */
  daysAfterInitiation: pulumi.Input<number>;
}

/** `inputs.Cos.BucketLifecycleRuleExpiration` of the provider SDK. */
export interface BucketLifecycleRuleExpiration {
  /**
   * Action date.
   * @default - unset: the provider or the service decides.
   */
  date?: pulumi.Input<string>;
  /**
   * Days after creation.
   * @default - unset: the provider or the service decides.
   */
  days?: pulumi.Input<number>;
  /**
   * Remove expired delete markers.
   * @default - unset: the provider or the service decides.
   */
  deleteMarker?: pulumi.Input<boolean>;
}

/** `inputs.Cos.BucketLifecycleRuleNonCurrentExpiration` of the provider SDK. */
export interface BucketLifecycleRuleNonCurrentExpiration {
  /**
   * Days after becoming noncurrent (<= 3650).
   * @default - unset: the provider or the service decides.
   */
  nonCurrentDays?: pulumi.Input<number>;
}

/** `inputs.Cos.BucketLifecycleRuleNonCurrentTransition` of the provider SDK. */
export interface BucketLifecycleRuleNonCurrentTransition {
  /**
   * Days after becoming noncurrent.
   * @default - unset: the provider or the service decides.
   */
  nonCurrentDays?: pulumi.Input<number>;
  /**
   * Target storage class.
   * One of: `STANDARD_IA`, `MAZ_STANDARD_IA`, `INTELLIGENT_TIERING`, `MAZ_INTELLIGENT_TIERING`, `ARCHIVE`, `DEEP_ARCHIVE`.
   */
  storageClass: pulumi.Input<string>;
}

/** `inputs.Cos.BucketLifecycleRuleTransition` of the provider SDK. */
export interface BucketLifecycleRuleTransition {
  /**
   * Action date.
   * @default - unset: the provider or the service decides.
   */
  date?: pulumi.Input<string>;
  /**
   * Days after creation.
   * @default - unset: the provider or the service decides.
   */
  days?: pulumi.Input<number>;
  /**
   * STANDARD_IA, MAZ_STANDARD_IA, INTELLIGENT_TIERING, MAZ_INTELLIGENT_TIERING, ARCHIVE or DEEP_ARCHIVE.
   * One of: `STANDARD_IA`, `MAZ_STANDARD_IA`, `INTELLIGENT_TIERING`, `MAZ_INTELLIGENT_TIERING`, `ARCHIVE`, `DEEP_ARCHIVE`.
   */
  storageClass: pulumi.Input<string>;
}

/** `inputs.Cos.BucketOriginDomainRule` of the provider SDK. */
export interface BucketOriginDomainRule {
  /**
   * Specify domain host.
   */
  domain: pulumi.Input<string>;
  /**
   * Domain status, default: `ENABLED`.
   * @default ENABLED - the provider's documented default.
   */
  status?: pulumi.Input<string>;
  /**
   * Specify origin domain type, available values: `REST`, `WEBSITE`, `ACCELERATE`, default: `REST`.
   * One of: `REST`, `WEBSITE`, `ACCELERATE`.
   * @default REST - the provider's documented default.
   */
  type?: pulumi.Input<string>;
}

/** `inputs.Cos.BucketOriginPullRule` of the provider SDK. */
export interface BucketOriginPullRule {
  /**
   * Back to source mode.
   * @default - unset: the provider or the service decides.
   */
  backToSourceMode?: pulumi.Input<string>;
  /**
   * Specifies the custom headers that you can add for COS to access your origin server.
   * @default - unset: the provider or the service decides.
   */
  customHttpHeaders?: pulumi.Input<{ [key: string]: pulumi.Input<string> }>;
  /**
   * Specifies the pass through headers when accessing the origin server.
   * @default - unset: the provider or the service decides.
   */
  followHttpHeaders?: pulumi.Input<pulumi.Input<string>[]>;
  /**
   * Specifies whether to pass through COS request query string when accessing the origin server.
   * @default - unset: the provider or the service decides.
   */
  followQueryString?: pulumi.Input<boolean>;
  /**
   * Specifies whether to follow 3XX redirect to another origin server to pull data from.
   * @default - unset: the provider or the service decides.
   */
  followRedirection?: pulumi.Input<boolean>;
  /**
   * Allows only a domain name or IP address.
   */
  host: pulumi.Input<string>;
  /**
   * Redirect code.
   * @default 302 - the provider's documented default.
   */
  httpRedirectCode?: pulumi.Input<string>;
  /**
   * Triggers the origin-pull rule when the requested file name matches this prefix.
   * @default - unset: the provider or the service decides.
   */
  prefix?: pulumi.Input<string>;
  /**
   * Priority of origin-pull rules, do not set the same value for multiple rules.
   */
  priority: pulumi.Input<number>;
  /**
   * the protocol used for COS to access the specified origin server.
   * One of: `HTTP`, `HTTPS`, `FOLLOW`.
   * @default - unset: the provider or the service decides.
   */
  protocol?: pulumi.Input<string>;
  /**
   * It has been deprecated from version 1.81.196.
   * @default - unset: the provider or the service decides.
   * @deprecated It has been deprecated from version 1.81.196.
   */
  syncBackToSource?: pulumi.Input<boolean>;
}

/** `inputs.Cos.BucketReplicaRule` of the provider SDK. */
export interface BucketReplicaRule {
  /**
   * Target as qcs::cos:<region>::<bucket-appid>; target needs versioning.
   */
  destinationBucket: pulumi.Input<string>;
  /**
   * STANDARD, INTELLIGENT_TIERING or STANDARD_IA; default follows target.
   * One of: `STANDARD`, `INTELLIGENT_TIERING`, `STANDARD_IA`.
   * @default - unset: the provider or the service decides.
   */
  destinationStorageClass?: pulumi.Input<string>;
  /**
   * Rule name.
   * @default - unset: the provider or the service decides.
   */
  id?: pulumi.Input<string>;
  /**
   * Key prefix to replicate; empty = whole bucket; prefixes must not overlap.
   * @default - unset: the provider or the service decides.
   */
  prefix?: pulumi.Input<string>;
  /**
   * Enabled or Disabled.
   * One of: `Enabled`, `Disabled`.
   */
  status: pulumi.Input<string>;
}

/** `inputs.Cos.BucketWebsite` of the provider SDK. */
export interface BucketWebsite {
  /**
   * `Endpoint` of the static website.
   * Computed by the provider; leave it unset.
   * @default - unset: the provider or the service decides.
   */
  endpoint?: pulumi.Input<string>;
  /**
   * An absolute path to the document to return in case of a 4XX error.
   * @default - unset: the provider or the service decides.
   */
  errorDocument?: pulumi.Input<string>;
  /**
   * COS returns this index document when requests are made to the root domain or any of the subfolders.
   * @default - unset: the provider or the service decides.
   */
  indexDocument?: pulumi.Input<string>;
  /**
   * Redirects all request configurations.
   * @default http - the provider's documented default.
   */
  redirectAllRequestsTo?: pulumi.Input<string>;
  /**
   * Routing rule configuration.
   * @default - unset: the provider or the service decides.
   */
  routingRules?: pulumi.Input<BucketWebsiteRoutingRules>;
}

/** `inputs.Cos.BucketWebsiteRoutingRules` of the provider SDK. */
export interface BucketWebsiteRoutingRules {
  /**
   * Routing rule list.
   */
  rules: pulumi.Input<pulumi.Input<BucketWebsiteRoutingRulesRule>[]>;
}

/** `inputs.Cos.BucketWebsiteRoutingRulesRule` of the provider SDK. */
export interface BucketWebsiteRoutingRulesRule {
  /**
   * Specifies the error code as the match condition for the routing rule.
   * @default - unset: the provider or the service decides.
   */
  conditionErrorCode?: pulumi.Input<string>;
  /**
   * Specifies the object key prefix as the match condition for the routing rule.
   * @default - unset: the provider or the service decides.
   */
  conditionPrefix?: pulumi.Input<string>;
  /**
   * Specifies the target protocol for the routing rule.
   * @default - unset: the provider or the service decides.
   */
  redirectProtocol?: pulumi.Input<string>;
  /**
   * Specifies the target object key to replace the original object key in the request.
   * @default - unset: the provider or the service decides.
   */
  redirectReplaceKey?: pulumi.Input<string>;
  /**
   * Specifies the object key prefix to replace the original prefix in the request.
   * @default - unset: the provider or the service decides.
   */
  redirectReplaceKeyPrefix?: pulumi.Input<string>;
}
