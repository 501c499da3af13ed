import { CONTROLS_HELP } from './help';
import type { CliIo } from './io';
import { oneOf, parseCommand } from './usage';
import { CONTROLS } from '../policy/catalog-data';
import { inProfile, Profile } from '../policy/options';
import type { ControlInfo } from '../policy/types';

type ControlsFormat = 'text' | 'markdown' | 'json';

function pad(s: string, n: number): string {
  return s.length >= n ? s : s + ' '.repeat(n - s.length);
}

function cell(s: string): string {
  return s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

function standards(c: ControlInfo): string {
  const r = c.references;
  return [r.pss ? `PSS ${r.pss.level}` : '', r.cis?.length ? `CIS ${r.cis.join(', ')}` : ''].filter(Boolean).join('; ');
}

/** Renders the catalog as an aligned text table, a Markdown table or JSON. */
export function renderControls(controls: readonly ControlInfo[], format: ControlsFormat): string {
  switch (format) {
    case 'json':
      return JSON.stringify(controls, null, 2) + '\n';
    case 'markdown':
      return [
        '| id | severity | title | passes when | standards |',
        '| --- | --- | --- | --- | --- |',
        ...controls.map((c) => `| ${c.id} | ${c.severity} | ${cell(c.title)} | ${cell(c.pass)} | ${cell(standards(c))} |`),
      ].join('\n') + '\n';
    case 'text':
      return controls.map((c) => `${pad(c.id, 12)} ${pad(c.severity, 9)} ${c.title}`).join('\n') + '\n';
  }
}

/** `kubeward controls`: prints the catalog. */
export function controlsCommand(args: readonly string[], io: CliIo): number {
  const { values, positionals } = parseCommand(args, {
    format: { type: 'string' },
    profile: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    io.stdout.write(CONTROLS_HELP);
    return 0;
  }
  if (positionals.length > 0) {
    io.stderr.write(`kubeward controls: unexpected argument "${positionals[0]}".\n`);
    return 2;
  }
  const format = oneOf<ControlsFormat>(values, 'format', ['text', 'markdown', 'json'], 'text');
  const profile = oneOf<Profile>(values, 'profile', ['restricted', 'baseline', 'cis'], 'restricted');
  io.stdout.write(renderControls(CONTROLS.filter((c) => inProfile(c, profile)), format));
  return 0;
}
