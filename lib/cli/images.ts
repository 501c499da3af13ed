import { IMAGES_HELP } from './help';
import { LOAD_FLAGS, loadInputs, loadOptionsOf } from './inputs';
import type { CliIo } from './io';
import { parseCommand } from './usage';
import { KubeObject } from '../policy/model/object';
import { podTemplateOf } from '../policy/model/workload';
import { printable } from '../policy/report/escape';

/** Every image reference of the workloads (all container types), once each, sorted. */
export function imagesOf(objects: readonly KubeObject[]): string[] {
  const images = new Set<string>();
  for (const obj of objects) {
    for (const c of podTemplateOf(obj)?.containers ?? []) {
      const image = c.spec.image;
      if (typeof image === 'string' && image.trim()) images.add(image.trim());
    }
  }
  return [...images].sort();
}

/** `kubeward images`: prints image references for an image scanner. */
export async function imagesCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommand(args, {
    ...LOAD_FLAGS,
    'allow-empty': { type: 'boolean' },
    'help': { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    io.stdout.write(IMAGES_HELP);
    return 0;
  }
  const loaded = await loadInputs(positionals, io, { ...loadOptionsOf(values), allowEmpty: values['allow-empty'] === true });
  const images = imagesOf(loaded.objects);
  if (images.length > 0) io.stdout.write(images.map(printable).join('\n') + '\n');
  for (const e of loaded.errors) io.stderr.write(`kubeward: ${e.kind}: ${printable(e.message)}\n`);
  return loaded.errors.some((e) => e.kind === 'read' || e.kind === 'parse' || e.kind === 'limit') ? 2 : 0;
}
