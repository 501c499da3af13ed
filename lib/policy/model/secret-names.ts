// Heuristics for credential material written in plain text (KW-POD-025 env vars, KW-POD-026
// ConfigMap data). Both controls name the same fragments, so they share one definition.

/**
 * Name fragments that mark a value as a credential, matched case-insensitively anywhere in the
 * name (`DB_PASSWORD`, `githubToken`, `aws_access_key_id`).
 */
export const CREDENTIAL_NAME_FRAGMENTS: readonly string[] = [
  'PASSWORD',
  'PASSWD',
  'SECRET',
  'TOKEN',
  'BEARER',
  'API_KEY',
  'APIKEY',
  'ACCESS_KEY',
  'PRIVATE_KEY',
  'CREDENTIAL',
  'KEY_CONTENT',
];

/** Suffix that marks a credential name (`STRIPE_KEY`), matched case-insensitively. */
export const CREDENTIAL_NAME_SUFFIX = '_KEY';

/**
 * The header of a private key in PEM (`-----BEGIN RSA PRIVATE KEY-----`, `BEGIN PRIVATE KEY`,
 * `BEGIN ENCRYPTED PRIVATE KEY`) or OpenSSH (`BEGIN OPENSSH PRIVATE KEY`) form: a word ending in
 * BEGIN, any words of letters and digits naming the algorithm or format, then PRIVATE and a word
 * starting with KEY, all separated by spaces or tabs. This is the language of
 * `/BEGIN(?:[ \t]+[A-Za-z0-9]+)*[ \t]+PRIVATE[ \t]+KEY/`, decided in one left-to-right pass over
 * the words: that regular expression backtracks quadratically ("BEGIN " repeated 50,000 times
 * took 37 s), this takes linear time.
 */
function hasPrivateKeyHeader(text: string): boolean {
  if (!text.includes('PRIVATE')) return false;
  let armed = false; // a BEGIN was seen and only alphanumeric words followed it
  let afterPrivate = false; // ...and the previous word was PRIVATE
  for (const word of text.split(/[ \t]+/)) {
    if (afterPrivate && word.startsWith('KEY')) return true;
    afterPrivate = armed && word === 'PRIVATE';
    if (word.endsWith('BEGIN')) armed = true;
    else if (armed && !ALNUM.test(word)) armed = false;
  }
  return false;
}

const ALNUM = /^[A-Za-z0-9]+$/;

/**
 * The credential fragment a name matches (`PASSWORD`, or `_KEY` for the suffix), or undefined
 * when the name does not look like a credential.
 */
export function credentialFragmentOf(name: string): string | undefined {
  const upper = name.toUpperCase();
  const fragment = CREDENTIAL_NAME_FRAGMENTS.find((f) => upper.includes(f));
  if (fragment) return fragment;
  return upper.endsWith(CREDENTIAL_NAME_SUFFIX) ? CREDENTIAL_NAME_SUFFIX : undefined;
}

/** Whether a text embeds a private-key header (`-----BEGIN ... PRIVATE KEY-----`). */
export function containsPrivateKey(text: string): boolean {
  return hasPrivateKeyHeader(text);
}

/** Why a literal environment variable is a credential in plain text (KW-POD-025). */
export type EnvCredential = { readonly kind: 'private-key' } | { readonly kind: 'name'; readonly fragment: string };

/**
 * The KW-POD-025 verdict on one env entry with a literal value: a private-key header anywhere in
 * the value, or a credential-like name with a non-empty value that is not an absolute path (a path
 * points at a mounted file). Undefined when the entry is fine. The rule and the workload
 * constructs both call this, so "passes by construction" cannot drift from the audit.
 */
export function envCredentialOf(name: string, value: string): EnvCredential | undefined {
  if (value === '') return undefined;
  if (containsPrivateKey(value)) return { kind: 'private-key' };
  const fragment = credentialFragmentOf(name);
  if (fragment === undefined || value.startsWith('/')) return undefined;
  return { kind: 'name', fragment };
}
