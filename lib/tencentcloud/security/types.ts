// Thin mirror of the Tencent Cloud Pulumi provider v0.2.3 (tencentcloudstack/pulumi-tencentcloud, Node SDK).
// Nested input types of the `Security` module (the SDK's `inputs.Security.*`), with the same names and fields.
import type * as pulumi from '@pulumi/pulumi';

/** `inputs.Security.GroupRuleSetEgress` of the provider SDK. */
export interface GroupRuleSetEgress {
  /**
   * ACCEPT or DROP.
   * One of: `ACCEPT`, `DROP`.
   */
  action: pulumi.Input<string>;
  /**
   * Peer as address template group ipmg-xxx.
   * @default - unset: the provider or the service decides.
   */
  addressTemplateGroup?: pulumi.Input<string>;
  /**
   * Peer as address template ipm-xxx.
   * @default - unset: the provider or the service decides.
   */
  addressTemplateId?: pulumi.Input<string>;
  /**
   * Peer IPv4 CIDR; exactly one of cidrBlock, ipv6CidrBlock, sourceSecurityId, address template must be set.
   * @default - unset: the provider or the service decides.
   */
  cidrBlock?: pulumi.Input<string>;
  /**
   * Rule description.
   * @default - unset: the provider or the service decides.
   */
  description?: pulumi.Input<string>;
  /**
   * Peer IPv6 CIDR.
   * @default - unset: the provider or the service decides.
   */
  ipv6CidrBlock?: pulumi.Input<string>;
  /**
   * Rule index (computed).
   * Computed by the provider; leave it unset.
   * @default - unset: the provider or the service decides.
   */
  policyIndex?: pulumi.Input<number>;
  /**
   * all, a port, list or range; must be all when protocol is ALL.
   * @default - unset: the provider or the service decides.
   */
  port?: pulumi.Input<string>;
  /**
   * TCP, UDP, ICMP, ICMPv6 or ALL; exclusive with service templates.
   * One of: `TCP`, `UDP`, `ICMP`, `ICMPv6`, `ALL`.
   * @default - unset: the provider or the service decides.
   */
  protocol?: pulumi.Input<string>;
  /**
   * Protocol/port as service template group ppmg-xxx.
   * @default - unset: the provider or the service decides.
   */
  serviceTemplateGroup?: pulumi.Input<string>;
  /**
   * Protocol/port as service template ppm-xxx.
   * @default - unset: the provider or the service decides.
   */
  serviceTemplateId?: pulumi.Input<string>;
  /**
   * Peer security group ID.
   * @default - unset: the provider or the service decides.
   */
  sourceSecurityId?: pulumi.Input<string>;
}

/** `inputs.Security.GroupRuleSetIngress` of the provider SDK. */
export interface GroupRuleSetIngress {
  /**
   * ACCEPT or DROP.
   * One of: `ACCEPT`, `DROP`.
   */
  action: pulumi.Input<string>;
  /**
   * Peer as address template group ipmg-xxx.
   * @default - unset: the provider or the service decides.
   */
  addressTemplateGroup?: pulumi.Input<string>;
  /**
   * Peer as address template ipm-xxx.
   * @default - unset: the provider or the service decides.
   */
  addressTemplateId?: pulumi.Input<string>;
  /**
   * Peer IPv4 CIDR; exactly one of cidrBlock, ipv6CidrBlock, sourceSecurityId, address template must be set.
   * @default - unset: the provider or the service decides.
   */
  cidrBlock?: pulumi.Input<string>;
  /**
   * Rule description.
   * @default - unset: the provider or the service decides.
   */
  description?: pulumi.Input<string>;
  /**
   * Peer IPv6 CIDR.
   * @default - unset: the provider or the service decides.
   */
  ipv6CidrBlock?: pulumi.Input<string>;
  /**
   * Rule index (computed).
   * Computed by the provider; leave it unset.
   * @default - unset: the provider or the service decides.
   */
  policyIndex?: pulumi.Input<number>;
  /**
   * all, a port, list or range; must be all when protocol is ALL.
   * @default - unset: the provider or the service decides.
   */
  port?: pulumi.Input<string>;
  /**
   * TCP, UDP, ICMP, ICMPv6 or ALL; exclusive with service templates.
   * One of: `TCP`, `UDP`, `ICMP`, `ICMPv6`, `ALL`.
   * @default - unset: the provider or the service decides.
   */
  protocol?: pulumi.Input<string>;
  /**
   * Protocol/port as service template group ppmg-xxx.
   * @default - unset: the provider or the service decides.
   */
  serviceTemplateGroup?: pulumi.Input<string>;
  /**
   * Protocol/port as service template ppm-xxx.
   * @default - unset: the provider or the service decides.
   */
  serviceTemplateId?: pulumi.Input<string>;
  /**
   * Peer security group ID.
   * @default - unset: the provider or the service decides.
   */
  sourceSecurityId?: pulumi.Input<string>;
}
