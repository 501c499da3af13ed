import * as fs from 'fs';
import { AUDIT_HELP } from './help';
import { LOAD_FLAGS, loadInputs, loadOptionsOf, positiveInteger } from './inputs';
import type { CliIo } from './io';
import { many, oneOf, parseCommand, UsageError } from './usage';
import { CATALOG_DEFAULTS, CONTROLS } from '../policy/catalog-data';
import { exitCodeOf } from '../policy/engine';
import { auditLoaded, AuditPathsOptions } from '../policy/input';
import { targetVersionProblem } from '../policy/model/kubernetes-version';
import { DEFAULT_MAX_FINDINGS_PER_OBJECT, Profile } from '../policy/options';
import { formatReport, printable, REPORT_FORMATS, ReportFormat, summaryLine, verdictLine } from '../policy/report';
import { SEVERITIES, Severity } from '../policy/types';

const PROFILES: readonly Profile[] = ['restricted', 'baseline', 'cis'];
const KNOWN_IDS = new Set(CONTROLS.map((c) => c.id));

/** `kubeward audit`: load, audit, render, and return the exit code. */
export async function auditCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommand(args, {
    'format': { type: 'string' },
    'output': { type: 'string' },
    'fail-on': { type: 'string' },
    'profile': { type: 'string' },
    'kubernetes-version': { type: 'string' },
    'trusted-registry': { type: 'string', multiple: true },
    'skip-control': { type: 'string', multiple: true },
    'set-per-file': { type: 'boolean' },
    ...LOAD_FLAGS,
    'max-findings-per-object': { type: 'string' },
    'allow-empty': { type: 'boolean' },
    'help': { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    io.stdout.write(AUDIT_HELP);
    return 0;
  }
  const format = oneOf<ReportFormat>(values, 'format', REPORT_FORMATS, 'text');
  const failOn = oneOf<Severity>(values, 'fail-on', SEVERITIES, 'low');
  const profile = oneOf<Profile>(values, 'profile', PROFILES, 'restricted');
  const skipControls = many(values, 'skip-control');
  for (const id of skipControls ?? []) {
    if (!KNOWN_IDS.has(id)) throw new UsageError(`--skip-control ${id} is not a control of the catalog; run \`kubeward controls\` for the list.`);
  }
  const kubernetesVersion = typeof values['kubernetes-version'] === 'string' ? values['kubernetes-version'].trim() : undefined;
  const versionProblem = kubernetesVersion !== undefined ? targetVersionProblem(kubernetesVersion) : undefined;
  if (versionProblem) throw new UsageError(`--kubernetes-version: ${versionProblem}; pass the minor your cluster runs, for example --kubernetes-version ${CATALOG_DEFAULTS.kubernetesVersion}.`);
  const trustedRegistries = many(values, 'trusted-registry');
  const output = typeof values.output === 'string' ? values.output : undefined;
  const maxFindingsPerObject = positiveInteger(values, 'max-findings-per-object', DEFAULT_MAX_FINDINGS_PER_OBJECT);
  const options: AuditPathsOptions = {
    profile,
    ...(kubernetesVersion !== undefined ? { kubernetesVersion } : {}),
    ...(trustedRegistries ? { trustedRegistries } : {}),
    ...(skipControls ? { skipControls } : {}),
    setPerFile: values['set-per-file'] === true,
    ...(maxFindingsPerObject !== undefined ? { maxFindingsPerObject } : {}),
    ...loadOptionsOf(values),
  };

  const loaded = await loadInputs(positionals, io, { ...options, allowEmpty: values['allow-empty'] === true });
  const report = auditLoaded(loaded, options);
  const toFile = output !== undefined;
  const color = !toFile && format === 'text' && io.stdout.isTTY === true && !io.env.NO_COLOR;
  const rendered = formatReport(report, format, { failOn, color, baseDir: io.cwd });
  if (toFile) {
    try {
      fs.writeFileSync(output, rendered);
    } catch (e) {
      io.stderr.write(`kubeward: cannot write ${printable(output)}: ${printable((e as Error).message)}\n`);
      return 2;
    }
  } else {
    io.stdout.write(rendered);
  }
  // Machine formats keep stdout parseable; people still see what went wrong, on stderr.
  if (format !== 'text' || toFile) {
    for (const e of report.errors) io.stderr.write(`kubeward: ${e.kind}: ${printable(e.message)}\n`);
    io.stderr.write(`kubeward: ${summaryLine(report, { failOn })}\n`);
    io.stderr.write(`kubeward: ${verdictLine(report, { failOn })}${toFile ? ` Report written to ${printable(output)}.` : ''}\n`);
  }
  return exitCodeOf(report, failOn);
}
