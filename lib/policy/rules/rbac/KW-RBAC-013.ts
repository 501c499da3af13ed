import { CLUSTER_ROLE, ROLE, grants, Permission, eachPolicyRule } from '../../model/rbac';
import type { KubeRule } from '../../rule';

/** Verbs that change an object. */
const WRITE_VERBS = ['create', 'update', 'patch', 'delete', 'deletecollection'];

/** The sensitive permissions, each with what it hands over. */
const SENSITIVE: ReadonlyArray<{ readonly permission: Permission; readonly what: string }> = [
  { permission: { groups: [''], resources: ['persistentvolumes'], verbs: ['create'] }, what: 'create on persistentvolumes (hostPath volumes reach the node filesystem)' },
  { permission: { groups: [''], resources: ['nodes/proxy'], verbs: ['get', 'create'] }, what: 'get/create on nodes/proxy (direct kubelet API access)' },
  {
    permission: { groups: ['certificates.k8s.io'], resources: ['certificatesigningrequests/approval'], verbs: ['update', 'patch'] },
    what: 'update/patch on certificatesigningrequests/approval (approving client certificates)',
  },
  { permission: { groups: ['certificates.k8s.io'], resources: ['signers'], verbs: ['approve'] }, what: 'approve on signers (issuing certificates for any identity)' },
  {
    permission: { groups: ['admissionregistration.k8s.io'], resources: ['validatingwebhookconfigurations', 'mutatingwebhookconfigurations'], verbs: WRITE_VERBS },
    what: 'write access to admission webhook configurations (intercepting or disabling admission)',
  },
  { permission: { groups: [''], resources: ['serviceaccounts/token'], verbs: ['create'] }, what: 'create on serviceaccounts/token (minting tokens for any ServiceAccount)' },
];

/**
 * KW-RBAC-013 Sensitive cluster permissions are not granted.
 * Pass: no rule grants create on persistentvolumes, get/create on nodes/proxy, update/patch on
 * certificatesigningrequests/approval or approve on signers, write verbs on
 * validating/mutatingwebhookconfigurations, or create on serviceaccounts/token.
 * Fail: some rule grants one of those permissions, directly or through "*" verbs or resources.
 *
 * A rule grants a permission as the RBAC authorizer reads it: its apiGroups must include the
 * group that serves the resource or "*"; "*" resources, subresource wildcards and "*" verbs
 * count. Write verbs are create, update, patch, delete and deletecollection. One finding per
 * rule and sensitive permission.
 */
export const KW_RBAC_013: KubeRule = {
  id: 'KW-RBAC-013',
  target: 'kube',
  kinds: [ROLE, CLUSTER_ROLE],
  evaluate(obj) {
    return eachPolicyRule(obj, (rule) => SENSITIVE.filter((s) => grants(rule, s.permission))
      .map((s) => `${rule.path} grants ${s.what}; remove it, or keep it in a platform-owned role that no tenant is bound to.`));
  },
};
