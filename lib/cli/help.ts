// Help texts. Each command prints its own with --help; `kubeward --help` lists the commands.
import { CATALOG_DEFAULTS } from '../policy/catalog-data';
import { DEFAULT_MAX_DEPTH, DEFAULT_MAX_DOCUMENTS, DEFAULT_MAX_ERRORS_PER_FILE, DEFAULT_MAX_FILE_BYTES } from '../policy/input/options';
import { DEFAULT_MAX_FINDINGS_PER_OBJECT } from '../policy/options';

/** The loader flags that `audit` and `images` share (lib/cli/inputs.ts LOAD_FLAGS). */
const LOAD_FLAGS_HELP = `  --max-file-mib N                largest file read, in MiB (default: ${DEFAULT_MAX_FILE_BYTES / 1024 / 1024})
  --max-depth N                   deepest nesting of maps and sequences per document (default: ${DEFAULT_MAX_DEPTH})
  --max-documents N               most YAML documents per file; a file with more is not read
                                  (default: ${DEFAULT_MAX_DOCUMENTS})
  --max-errors-per-file N         most input errors listed per file; one more error gives the
                                  count of the rest (default: ${DEFAULT_MAX_ERRORS_PER_FILE})
  --follow-symlinks               follow symlinks out of a directory being walked (default: skip them
                                  with a warning; links to / or a parent are never followed)`;

/** Top-level help. */
export const MAIN_HELP = `kubeward - audit Kubernetes manifests against the kubeward control catalog

Usage:
  kubeward audit <paths...> [options]   audit YAML/JSON manifests (files, directories, - for stdin)
  kubeward controls [options]           print the control catalog
  kubeward images <paths...>            print every image reference once, sorted (for Trivy)
  kubeward --version                    print the version
  kubeward <command> --help             help for a command

Exit codes: 0 pass, 1 findings at or above --fail-on (or an invalid suppression),
2 usage error, unreadable input, or no object found (unless --allow-empty).
`;

/** Help of `kubeward audit`. */
export const AUDIT_HELP = `Usage: kubeward audit <paths...> [options]

Audits every Kubernetes object in the given files and directories (walked recursively,
.yaml/.yml/.json, hidden entries and node_modules skipped; - reads stdin). All inputs form one
manifest set, so cross-object controls (NetworkPolicies, quotas, PDBs) see each other.

Options:
  --format text|json|sarif|junit  report format (default: text)
  --output FILE                   write the report to FILE instead of stdout
  --fail-on critical|high|medium|low
                                  exit 1 when an unsuppressed finding is at or above this
                                  severity (default: low)
  --profile restricted|baseline|cis
                                  which controls run (default: restricted = all of them)
  --kubernetes-version 1.NN       the Kubernetes minor the manifests are for (1.25 to 1.37;
                                  default: ${CATALOG_DEFAULTS.kubernetesVersion}, the newest TKE minor). Pod Security
                                  controls follow that version's Pod Security Standards (a
                                  Namespace's pod-security.kubernetes.io/enforce-version pins its
                                  pods); KW-AUD-003 flags what it deprecated or removed
  --trusted-registry R            registry allowed for images (KW-IMG-003); repeatable;
                                  replaces the default (ccr.ccs.tencentyun.com, *.tencentcloudcr.com)
  --skip-control ID               do not run a control at all; repeatable (prefer suppressions)
  --set-per-file                  audit each file as its own manifest set
${LOAD_FLAGS_HELP}
  --max-findings-per-object N     most findings listed per control and object; one more finding
                                  gives the count of the rest (default: ${DEFAULT_MAX_FINDINGS_PER_OBJECT})
  --allow-empty                   accept inputs that hold no object (by default zero objects
                                  is an input error, so an empty render never passes)
  -h, --help                      show this help

Exit codes: 0 pass, 1 findings at or above --fail-on (or an invalid suppression),
2 usage error, unreadable input, or no object found (without --allow-empty).
`;

/** Help of `kubeward controls`. */
export const CONTROLS_HELP = `Usage: kubeward controls [options]

Prints the control catalog: id, severity and title of every control.

Options:
  --format text|markdown|json     output format (default: text)
  --profile restricted|baseline|cis
                                  only the controls of this profile (default: restricted = all)
  -h, --help                      show this help
`;

/** Help of `kubeward images`. */
export const IMAGES_HELP = `Usage: kubeward images <paths...>

Prints every container image referenced by the workloads in the given files and directories
(containers, init containers and ephemeral containers), once each, sorted: one per line, ready
to pipe into an image scanner:

  kubeward images dist | xargs -n1 trivy image --exit-code 1 --severity HIGH,CRITICAL

Options:
${LOAD_FLAGS_HELP}
  --allow-empty                   accept inputs that hold no object (by default an error)
  -h, --help                      show this help

Exit codes: 0 done, 2 usage error, unreadable input (the images found are still printed),
or no object found (without --allow-empty).
`;
