// The key-value index kubeward writes on each audit trail's CLS topic. CLS searches nothing a
// topic has not indexed (CLS "Syntax and Rules", prerequisites), and matches a value by its
// segments, so the index decides what a detection can find. Identity, resource and URI fields
// are indexed whole (no delimiter), so `system\:serviceaccount\:*` is a prefix of the whole name;
// messages and request parameters are split on their punctuation, so a word in them is a term.
//
// Field names: the Kubernetes audit fields as TKE's own search examples address them in CLS,
// dotted paths of the `audit.k8s.io/v1` Event (`objectRef.resource`, `objectRef.name`,
// `user.username`; https://www.tencentcloud.com/document/product/457/38551), and the CloudAudit
// record fields of its event details (providers/tencentcloud/README.md). Neither service documents
// how CLS holds a nested object or a list of a shipped record; kubeward assumes dotted paths for
// nested objects (as TKE's examples search them) and the JSON text of a list (sourceIPs).

/** One indexed field. */
export interface IndexedField {
  /** Field name, as the record carries it. */
  readonly key: string;
  /** CLS field type: text, or long for numbers. */
  readonly type: 'text' | 'long';
  /** Delimiters of a text field, one per character; empty indexes the whole value as one term. */
  readonly tokenizer: string;
  /** Whether SQL may analyse the field (group by, count). */
  readonly sql: boolean;
}

/** The index of one trail's topic. */
export interface TrailIndex {
  /** Whether matching is case-sensitive (Kubernetes names and API actions are). */
  readonly caseSensitive: boolean;
  /** The indexed fields. */
  readonly fields: readonly IndexedField[];
}

/** Delimiters of free text: spaces, quotes, punctuation; not `-`, `.`, `/` or `:` inside names. */
const TEXT_DELIMITERS = ' \'"(),;=[]{}\n\t\r';
/** Delimiters of a JSON string: its punctuation and the key/value colon. */
const JSON_DELIMITERS = ' "{}[],:\n\t\r';

const whole = (key: string, sql = false): IndexedField => ({ key, type: 'text', tokenizer: '', sql });

/** The Kubernetes API audit log topic. */
export const KUBERNETES_AUDIT_INDEX: TrailIndex = {
  caseSensitive: true,
  fields: [
    whole('stage'),
    whole('verb', true),
    whole('user.username', true),
    whole('requestURI'),
    whole('sourceIPs', true),
    { key: 'userAgent', type: 'text', tokenizer: TEXT_DELIMITERS, sql: true },
    whole('objectRef.apiGroup'),
    whole('objectRef.resource', true),
    whole('objectRef.subresource'),
    whole('objectRef.namespace', true),
    whole('objectRef.name', true),
    { key: 'responseStatus.code', type: 'long', tokenizer: '', sql: true },
    { key: 'responseStatus.message', type: 'text', tokenizer: TEXT_DELIMITERS, sql: false },
    whole('requestObject.roleRef.name'),
    whole('responseObject.roleRef.name'),
    whole('annotations.authorization.k8s.io/decision'),
    whole('annotations.pod-security.kubernetes.io/enforce-policy'),
  ],
};

/** The CloudAudit topic. */
export const CLOUDAUDIT_INDEX: TrailIndex = {
  caseSensitive: true,
  fields: [
    whole('eventName', true),
    whole('resourceType', true),
    { key: 'errorCode', type: 'long', tokenizer: '', sql: true },
    { key: 'requestParameters', type: 'text', tokenizer: JSON_DELIMITERS, sql: false },
    whole('resourceName', true),
    whole('sourceIPAddress', true),
    whole('userIdentity.principalId', true),
    whole('eventRegion'),
  ],
};
