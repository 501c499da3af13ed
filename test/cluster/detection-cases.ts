// For each security detection: recorded attacks it must fire on, and look-alike benign activity it
// must stay quiet on. Each case is what one alarm run sees (records stamped within or outside its
// window). The delivery identity of these tests is DELIVERY.
import { binding, cloudAuditRecord, k8sEvent } from '../support/audit-events';

/** The delivery pipeline's identity in these tests (securityAlarms.deliveryIdentities). */
export const DELIVERY = 'system:serviceaccount:platform-ci:pulumi';

/** A recorded case: what happened, and the records of it. */
export interface DetectionCase {
  readonly name: string;
  readonly records: ReadonlyArray<Record<string, unknown>>;
}

/** The cases of one detection. */
export interface DetectionCases {
  readonly attacks: readonly DetectionCase[];
  readonly benign: readonly DetectionCase[];
}

const alice = 'alice@example.com';
const sa = (ns: string, name: string): string => `system:serviceaccount:${ns}:${name}`;
const times = (n: number, make: (i: number) => Record<string, unknown>): Array<Record<string, unknown>> =>
  Array.from({ length: n }, (_, i) => make(i));

const exec = (over: Partial<Parameters<typeof k8sEvent>[0]> = {}): Record<string, unknown> => k8sEvent({
  verb: 'create',
  user: alice,
  resource: 'pods',
  subresource: 'exec',
  namespace: 'payments',
  name: 'api-6d8f9',
  code: 101,
  decision: 'allow',
  requestURI: '/api/v1/namespaces/payments/pods/api-6d8f9/exec?command=sh&container=api&stdin=true&stdout=true&tty=true',
  ...over,
});

const secretRead = (user: string, over: Partial<Parameters<typeof k8sEvent>[0]> = {}): Record<string, unknown> => k8sEvent({
  verb: 'get', user, resource: 'secrets', namespace: 'payments', name: 'stripe-key', code: 200, decision: 'allow', ...over,
});

const bindingWrite = (verb: string, kind: 'RoleBinding' | 'ClusterRoleBinding', role: { kind: 'Role' | 'ClusterRole'; name: string }, over: Partial<Parameters<typeof k8sEvent>[0]> = {}): Record<string, unknown> => {
  const namespace = kind === 'RoleBinding' ? 'payments' : undefined;
  const body = binding(kind, 'backdoor', role, 'mallory@example.com', namespace);
  return k8sEvent({
    verb,
    user: alice,
    apiGroup: 'rbac.authorization.k8s.io',
    resource: kind === 'RoleBinding' ? 'rolebindings' : 'clusterrolebindings',
    ...(namespace ? { namespace } : {}),
    name: 'backdoor',
    code: verb === 'create' ? 201 : 200,
    decision: 'allow',
    requestObject: verb === 'patch' ? { subjects: [{ kind: 'User', name: 'mallory@example.com' }] } : body,
    responseObject: body,
    ...over,
  });
};

const anonymous = (requestURI: string, decision: 'allow' | 'forbid', code: number, over: Partial<Parameters<typeof k8sEvent>[0]> = {}): Record<string, unknown> => k8sEvent({
  verb: 'get', user: 'system:anonymous', groups: ['system:unauthenticated'], requestURI, code, decision, sourceIP: '198.51.100.23', ...over,
});

const denied = (sourceIP: string, minutesAgo: number, user = 'system:anonymous', code = 401): Record<string, unknown> => k8sEvent({
  verb: 'list',
  user,
  resource: 'secrets',
  code,
  decision: 'forbid',
  sourceIP,
  minutesAgo,
  message: code === 401 ? 'Unauthorized' : `secrets is forbidden: User "${user}" cannot list resource "secrets" in API group "" at the cluster scope`,
});

const pod = (user: string, code: number, message: string | undefined, annotations: Record<string, string> = {}): Record<string, unknown> => k8sEvent({
  verb: 'create',
  user,
  resource: 'pods',
  namespace: 'payments',
  name: 'debug',
  code,
  decision: 'allow',
  ...(message ? { message } : {}),
  annotations: { 'pod-security.kubernetes.io/enforce-policy': 'restricted:v1.34', ...annotations },
});

const guard = (verb: string, user: string, apiGroup: string, resource: string, name: string, code = 200): Record<string, unknown> => k8sEvent({
  verb, user, apiGroup, resource, name, ...(resource.startsWith('validatingadmission') ? {} : { namespace: 'payments' }), code, decision: 'allow',
});

/** A CLS API 3.0 call as CloudAudit records it. */
const cls = (
  eventName: string,
  resourceName: string,
  requestParameters: Record<string, unknown> = {},
  over: { errorCode?: number; minutesAgo?: number } = {},
): Record<string, unknown> => cloudAuditRecord({ eventName, resourceType: 'cls', version: '2020-10-16', resourceName, requestParameters, ...over });

/** A TCSS call as CloudAudit records it. */
const tcss = (eventName: string, requestParameters: Record<string, unknown>, over: { errorCode?: number } = {}): Record<string, unknown> =>
  cloudAuditRecord({ eventName, resourceType: 'tcss', version: '2020-11-01', resourceName: 'cls-prod0001', requestParameters, ...over });

const ALARM = 'alarm-5944e926-ae21-4fa1-8af6-e1539b577482';
const NOTICE = 'notice-bb42f112-a74d-456e-b3c4-ff5472911b42';
const AUDIT_TOPIC = '75f531f6-3644-45e5-8717-af1dc294cc93';
const LOGSET = 'eb6eafd9-1656-4d60-b3c2-0a5bf91c9b0d';

/** The recorded cases, by detection id. */
export const DETECTION_CASES: Readonly<Record<string, DetectionCases>> = {
  'interactive-pod-access': {
    attacks: [
      { name: 'kubectl exec into a tenant pod', records: [exec()] },
      { name: 'kubectl attach to a tenant pod', records: [exec({ subresource: 'attach', requestURI: '/api/v1/namespaces/payments/pods/api-6d8f9/attach?container=api&stdin=true' })] },
      { name: 'kubectl port-forward to a tenant pod', records: [exec({ subresource: 'portforward', requestURI: '/api/v1/namespaces/payments/pods/api-6d8f9/portforward' })] },
      { name: 'exec over WebSocket (verb get)', records: [exec({ verb: 'get' })] },
    ],
    benign: [
      { name: 'an operator execs into a kube-system pod', records: [exec({ namespace: 'kube-system', name: 'coredns-5d78c' })] },
      { name: 'an exec RBAC refused', records: [exec({ code: 403, decision: 'forbid' })] },
      { name: 'reading a tenant pod\'s logs', records: [exec({ subresource: 'log', verb: 'get', code: 200 })] },
      { name: 'the exec stream starting (stage ResponseStarted)', records: [exec({ stage: 'ResponseStarted' })] },
      { name: 'an exec an hour ago (outside the window)', records: [exec({ minutesAgo: 60 })] },
    ],
  },
  'human-secret-read': {
    attacks: [
      { name: 'a person reads a tenant Secret', records: [secretRead(alice)] },
      { name: 'a person lists Secrets cluster-wide', records: [secretRead(alice, { verb: 'list', namespace: undefined, name: undefined })] },
      { name: 'a TKE sub-account (uin) watches Secrets', records: [secretRead('100000000011', { verb: 'watch' })] },
    ],
    benign: [
      { name: 'a ServiceAccount reads its Secret', records: [secretRead(sa('payments', 'api'))] },
      { name: 'a kube-system controller reads a Secret', records: [secretRead(sa('kube-system', 'namespace-controller'), { verb: 'list' })] },
      { name: 'the kubelet reads a Secret for its pod', records: [secretRead('system:node:10.0.1.12', { groups: ['system:nodes'] })] },
      { name: 'kube-controller-manager reads a Secret', records: [secretRead('system:kube-controller-manager')] },
      { name: 'the delivery identity refreshes a Secret it manages', records: [secretRead(DELIVERY)] },
      { name: 'a person is refused a Secret', records: [secretRead(alice, { code: 403, decision: 'forbid' })] },
      { name: 'a person updates a Secret (no read)', records: [secretRead(alice, { verb: 'update' })] },
    ],
  },
  'admin-binding': {
    attacks: [
      { name: 'a ClusterRoleBinding to cluster-admin created', records: [bindingWrite('create', 'ClusterRoleBinding', { kind: 'ClusterRole', name: 'cluster-admin' })] },
      { name: 'a RoleBinding to ClusterRole admin created in a tenant namespace', records: [bindingWrite('create', 'RoleBinding', { kind: 'ClusterRole', name: 'admin' })] },
      { name: 'a binding to tke:admin patched to add a subject', records: [bindingWrite('patch', 'ClusterRoleBinding', { kind: 'ClusterRole', name: 'tke:admin' })] },
      { name: 'a binding to a custom admin-equivalent role', records: [bindingWrite('create', 'ClusterRoleBinding', { kind: 'ClusterRole', name: 'platform-superuser' })] },
    ],
    benign: [
      { name: 'a RoleBinding to view created', records: [bindingWrite('create', 'RoleBinding', { kind: 'ClusterRole', name: 'view' })] },
      { name: 'a tenant RoleBinding to its own Role edited', records: [bindingWrite('update', 'RoleBinding', { kind: 'Role', name: 'payments-deployer' })] },
      { name: 'a cluster-admin binding refused by RBAC', records: [bindingWrite('create', 'ClusterRoleBinding', { kind: 'ClusterRole', name: 'cluster-admin' }, { code: 403, decision: 'forbid', responseObject: undefined })] },
      { name: 'a cluster-admin binding read', records: [bindingWrite('get', 'ClusterRoleBinding', { kind: 'ClusterRole', name: 'cluster-admin' }, { code: 200, requestObject: undefined })] },
    ],
  },
  'anonymous-allowed': {
    attacks: [
      { name: 'anonymous lists Secrets (system:anonymous bound)', records: [anonymous('/api/v1/secrets', 'allow', 200, { resource: 'secrets' })] },
      { name: 'anonymous reads the API discovery of apps', records: [anonymous('/apis/apps/v1', 'allow', 200)] },
    ],
    benign: [
      { name: 'a load balancer probes /healthz', records: [anonymous('/healthz', 'allow', 200)] },
      { name: 'anonymous reads /version and /readyz?verbose', records: [anonymous('/version?timeout=32s', 'allow', 200), anonymous('/readyz?verbose', 'allow', 200)] },
      { name: 'anonymous is refused the Secrets', records: [anonymous('/api/v1/secrets', 'forbid', 403, { resource: 'secrets' })] },
    ],
  },
  'credential-probing': {
    attacks: [
      { name: '25 failed logins from one address in 3 minutes', records: times(25, (i) => denied('198.51.100.77', (i % 3) + 0.5)) },
      { name: '20 denied requests of a stolen token from one address', records: times(20, (i) => denied('10.0.3.44', 1 + i * 0.1, sa('payments', 'api'), 403)) },
    ],
    benign: [
      { name: 'a single 403', records: [denied('10.0.3.44', 1, alice, 403)] },
      { name: '19 failures from one address (below the threshold)', records: times(19, (i) => denied('198.51.100.77', 1 + i * 0.1)) },
      { name: '30 failures spread over 30 addresses', records: times(30, (i) => denied(`198.51.100.${i + 1}`, 1)) },
      { name: '30 failures from one address over an hour', records: times(30, (i) => denied('198.51.100.77', 2 * i + 1)) },
      { name: 'many successful requests from one address', records: times(40, () => secretRead(sa('payments', 'api'))) },
    ],
  },
  'admission-denied': {
    attacks: [
      {
        name: 'a privileged pod refused by Pod Security',
        records: [pod(alice, 403, 'pods "debug" is forbidden: violates PodSecurity "restricted:v1.34": privileged (container "sh" must not set securityContext.privileged=true)')],
      },
      {
        name: 'an image from an unapproved registry refused by kubeward\'s policy',
        records: [pod(alice, 422, 'pods "debug" is forbidden: ValidatingAdmissionPolicy \'kubeward-images-payments\' with binding \'kubeward-images-payments\' denied request: image docker.io/library/alpine is not from an allowed registry')],
      },
      {
        name: 'a RoleBinding to a foreign ServiceAccount refused by kubeward\'s guard',
        records: [k8sEvent({
          verb: 'create',
          user: alice,
          apiGroup: 'rbac.authorization.k8s.io',
          resource: 'rolebindings',
          namespace: 'payments',
          name: 'x',
          code: 422,
          decision: 'allow',
          message: 'rolebindings.rbac.authorization.k8s.io "x" is forbidden: ValidatingAdmissionPolicy \'kubeward-rolebindings-payments\' with binding \'kubeward-rolebindings-payments\' denied request: subjects must belong to the tenant',
        })],
      },
    ],
    benign: [
      { name: 'a pod admitted by Pod Security', records: [pod(alice, 201, undefined)] },
      {
        name: 'a pod admitted with an audit-mode violation',
        records: [pod(alice, 201, undefined, { 'pod-security.kubernetes.io/audit-violations': 'would violate PodSecurity "restricted:latest": seccompProfile' })],
      },
      { name: 'a pod create refused by RBAC', records: [pod(alice, 403, 'pods is forbidden: User "alice@example.com" cannot create resource "pods" in API group "" in the namespace "payments"')] },
      { name: 'a pod refused by another vendor\'s policy', records: [pod(alice, 422, 'pods "debug" is forbidden: ValidatingAdmissionPolicy \'vendor-limits\' with binding \'vendor-limits\' denied request: too big')] },
      { name: 'a schema-invalid pod', records: [pod(alice, 422, 'Pod "debug" is invalid: spec.containers[0].image: Required value')] },
    ],
  },
  'guard-tampering': {
    attacks: [
      { name: 'a person deletes the default-deny NetworkPolicy', records: [guard('delete', alice, 'networking.k8s.io', 'networkpolicies', 'default-deny')] },
      { name: 'a person adds an allow-all NetworkPolicy', records: [guard('create', alice, 'networking.k8s.io', 'networkpolicies', 'allow-all', 201)] },
      { name: 'a person patches kubeward\'s image policy binding', records: [guard('patch', alice, 'admissionregistration.k8s.io', 'validatingadmissionpolicybindings', 'kubeward-images-payments')] },
      { name: 'a tenant ServiceAccount deletes the PeerAuthentication', records: [guard('delete', sa('payments', 'api'), 'security.istio.io', 'peerauthentications', 'strict-mtls')] },
      { name: 'a person rewrites an AuthorizationPolicy', records: [guard('update', alice, 'security.istio.io', 'authorizationpolicies', 'allow-edge')] },
      { name: 'a person deletes the guard ValidatingAdmissionPolicy', records: [guard('delete', alice, 'admissionregistration.k8s.io', 'validatingadmissionpolicies', 'kubeward-rolebindings-payments')] },
    ],
    benign: [
      { name: 'the delivery identity updates a NetworkPolicy', records: [guard('update', DELIVERY, 'networking.k8s.io', 'networkpolicies', 'default-deny')] },
      { name: 'the delivery identity replaces the image policy', records: [guard('update', DELIVERY, 'admissionregistration.k8s.io', 'validatingadmissionpolicies', 'kubeward-images-payments')] },
      { name: 'the namespace controller removes a deleted tenant\'s policies', records: [guard('delete', sa('kube-system', 'namespace-controller'), 'networking.k8s.io', 'networkpolicies', 'default-deny')] },
      { name: 'a person reads the NetworkPolicies', records: [guard('list', alice, 'networking.k8s.io', 'networkpolicies', 'default-deny')] },
      { name: 'a person is refused deleting a NetworkPolicy', records: [k8sEvent({ verb: 'delete', user: alice, apiGroup: 'networking.k8s.io', resource: 'networkpolicies', namespace: 'payments', name: 'default-deny', code: 403, decision: 'forbid' })] },
    ],
  },
  'tke-control-plane-weakened': {
    attacks: [
      { name: 'a public API endpoint opened', records: [cloudAuditRecord({ eventName: 'CreateClusterEndpoint', requestParameters: { ClusterId: 'cls-prod0001', IsExtranet: true, SecurityGroup: 'sg-1' } })] },
      { name: 'the public endpoint opened with the legacy API', records: [cloudAuditRecord({ eventName: 'CreateClusterEndpointVip', requestParameters: { SecurityPolicies: ['0.0.0.0/0'] } })] },
      { name: 'the public endpoint\'s security policy widened', records: [cloudAuditRecord({ eventName: 'ModifyClusterEndpointSP', requestParameters: { SecurityPolicies: ['0.0.0.0/0'] } })] },
      { name: 'deletion protection turned off', records: [cloudAuditRecord({ eventName: 'DisableClusterDeletionProtection' })] },
      { name: 'Secret encryption turned off', records: [cloudAuditRecord({ eventName: 'DisableEncryptionProtection' })] },
      { name: 'cluster audit turned off', records: [cloudAuditRecord({ eventName: 'DisableClusterAudit', requestParameters: { DeleteLogSetAndTopic: false } })] },
      { name: 'event persistence turned off', records: [cloudAuditRecord({ eventName: 'DisableEventPersistence' })] },
      { name: 'the cluster deleted', records: [cloudAuditRecord({ eventName: 'DeleteCluster', requestParameters: { InstanceDeleteMode: 'terminate' } })] },
      { name: 'CloudAudit logging stopped', records: [cloudAuditRecord({ eventName: 'StopLogging', resourceType: 'cloudaudit', resourceName: 'prod-writes' })] },
      { name: 'the tracking set deleted', records: [cloudAuditRecord({ eventName: 'DeleteAuditTrack', resourceType: 'cloudaudit', resourceName: 'prod-writes' })] },
    ],
    benign: [
      { name: 'the intranet endpoint created (first deploy)', records: [cloudAuditRecord({ eventName: 'CreateClusterEndpoint', requestParameters: { ClusterId: 'cls-prod0001', IsExtranet: false, SubnetId: 'subnet-1' } })] },
      { name: 'deletion protection turned on', records: [cloudAuditRecord({ eventName: 'EnableClusterDeletionProtection' })] },
      { name: 'a refused attempt to delete the cluster', records: [cloudAuditRecord({ eventName: 'DeleteCluster', errorCode: 4001 })] },
      { name: 'a cluster upgrade', records: [cloudAuditRecord({ eventName: 'UpdateClusterVersion' })] },
      { name: 'a CVM deleted (another product)', records: [cloudAuditRecord({ eventName: 'TerminateInstances', resourceType: 'cvm', resourceName: 'ins-1' })] },
      { name: 'the cluster deleted two hours ago (outside the window)', records: [cloudAuditRecord({ eventName: 'DeleteCluster', minutesAgo: 120 })] },
    ],
  },
  'alarm-tampering': {
    attacks: [
      { name: 'a security alarm deleted', records: [cls('DeleteAlarm', ALARM, { AlarmId: ALARM })] },
      { name: 'a security alarm switched off', records: [cls('ModifyAlarm', ALARM, { AlarmId: ALARM, Status: false })] },
      { name: 'a security alarm\'s query rewritten to match nothing', records: [cls('ModifyAlarm', ALARM, { AlarmId: ALARM, AlarmTargets: [{ TopicId: AUDIT_TOPIC, Query: 'verb:nothing' }] })] },
      { name: 'the alarms\' notifications muted', records: [cls('CreateAlarmShield', NOTICE, { AlarmNoticeId: NOTICE, StartTime: 1701872657, EndTime: 1901883657, Type: 1, Reason: 'maintenance' })] },
      { name: 'an existing mute extended', records: [cls('ModifyAlarmShield', NOTICE, { AlarmNoticeId: NOTICE, TaskId: 'cb37f589-6232-431a-9a1b-e2b61fb375d1', EndTime: 1901883657 })] },
      { name: 'the alarm notice deleted', records: [cls('DeleteAlarmNotice', NOTICE, { AlarmNoticeId: NOTICE })] },
      { name: 'the alarm notice\'s recipients replaced', records: [cls('ModifyAlarmNotice', NOTICE, { AlarmNoticeId: NOTICE, NoticeReceivers: [{ ReceiverType: 'Uin', ReceiverIds: [100000000099] }] })] },
      { name: 'the webhook deleted', records: [cls('DeleteWebCallback', 'webcallback-1', { WebCallbackId: 'webcallback-1' })] },
      { name: 'the webhook pointed elsewhere', records: [cls('ModifyWebCallback', 'webcallback-1', { WebCallbackId: 'webcallback-1', Webhook: 'https://attacker.example/hook' })] },
      { name: 'the audit topic\'s index deleted', records: [cls('DeleteIndex', AUDIT_TOPIC, { TopicId: AUDIT_TOPIC })] },
      { name: 'the audit topic\'s index cut down', records: [cls('ModifyIndex', AUDIT_TOPIC, { TopicId: AUDIT_TOPIC, Status: false })] },
      { name: 'the audit topic deleted', records: [cls('DeleteTopic', AUDIT_TOPIC, { TopicId: AUDIT_TOPIC })] },
      { name: 'the audit topic\'s collection stopped', records: [cls('ModifyTopic', AUDIT_TOPIC, { TopicId: AUDIT_TOPIC, Status: false })] },
      { name: 'the audit topic\'s retention cut to a day', records: [cls('ModifyTopic', AUDIT_TOPIC, { TopicId: AUDIT_TOPIC, Period: 1 })] },
      { name: 'the logset deleted', records: [cls('DeleteLogset', LOGSET, { LogsetId: LOGSET })] },
      { name: 'audit records deleted by query', records: [cls('DeleteLog', AUDIT_TOPIC, { TopicId: AUDIT_TOPIC, From: 1784870150766, To: 1884870150766, QueryString: 'user.username:mallory' })] },
      { name: 'the runtime defender switched off', records: [tcss('ModifyDefendStatus', { SwitchOn: false, InstanceType: 'Cluster', IsAll: false, InstanceIDs: ['cls-prod0001'] })] },
      { name: 'container security uninstalled from the cluster', records: [tcss('UninstallClusterContainerSecurity', { ClusterIDs: ['cls-prod0001'] })] },
    ],
    benign: [
      { name: 'the alarms created (first deploy)', records: [cls('CreateAlarm', ALARM, { Name: 'prod-alarm-tampering' })] },
      { name: 'the audit topic indexed (first deploy)', records: [cls('CreateIndex', AUDIT_TOPIC, { TopicId: AUDIT_TOPIC })] },
      { name: 'a mute lifted', records: [cls('DeleteAlarmShield', NOTICE, { AlarmNoticeId: NOTICE, TaskId: 'cb37f589-6232-431a-9a1b-e2b61fb375d1' })] },
      { name: 'a logset renamed', records: [cls('ModifyLogset', LOGSET, { LogsetId: LOGSET, LogsetName: 'prod-logs' })] },
      { name: 'a refused attempt to delete an alarm', records: [cls('DeleteAlarm', ALARM, { AlarmId: ALARM }, { errorCode: 4001 })] },
      { name: 'an alarm deleted two hours ago (outside the window)', records: [cls('DeleteAlarm', ALARM, { AlarmId: ALARM }, { minutesAgo: 120 })] },
      { name: 'a CKafka topic deleted (another product\'s DeleteTopic)', records: [cloudAuditRecord({ eventName: 'DeleteTopic', resourceType: 'ckafka', version: '2019-08-19', resourceName: 'ckafka-1', requestParameters: { InstanceId: 'ckafka-1', TopicName: 'orders' } })] },
      { name: 'an Elasticsearch index deleted (another product\'s DeleteIndex)', records: [cloudAuditRecord({ eventName: 'DeleteIndex', resourceType: 'es', version: '2018-04-16', resourceName: 'es-1', requestParameters: { InstanceId: 'es-1', IndexType: 'normal', IndexName: 'logs-2026.11' } })] },
      { name: 'the runtime defender switched on', records: [tcss('ModifyDefendStatus', { SwitchOn: true, InstanceType: 'Cluster', IsAll: false, InstanceIDs: ['cls-prod0001'] })] },
      { name: 'a refused attempt to switch the defender off', records: [tcss('ModifyDefendStatus', { SwitchOn: false, InstanceType: 'Cluster', IsAll: false, InstanceIDs: ['cls-prod0001'] }, { errorCode: 4001 })] },
    ],
  },
};
