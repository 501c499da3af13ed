import { auditCommand } from './audit';
import { controlsCommand } from './controls';
import { MAIN_HELP } from './help';
import { imagesCommand } from './images';
import { CliIo, processIo } from './io';
import { UsageError } from './usage';
import { printable } from '../policy/report/escape';
import { toolVersion } from '../policy/report/tool';

/**
 * Runs the kubeward CLI with the given arguments (without `node` and the script) and returns the
 * exit code: 0 pass, 1 findings at or above the threshold or an invalid suppression, 2 usage
 * error or unreadable input. Everything it reads and writes goes through `io`.
 */
export async function main(argv: readonly string[], io: CliIo = processIo()): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'audit':
        return await auditCommand(rest, io);
      case 'controls':
        return controlsCommand(rest, io);
      case 'images':
        return await imagesCommand(rest, io);
      case '--version':
      case '-v':
      case 'version':
        io.stdout.write(`${toolVersion()}\n`);
        return 0;
      case '--help':
      case '-h':
      case 'help':
        io.stdout.write(MAIN_HELP);
        return 0;
      case undefined:
        io.stderr.write(MAIN_HELP);
        return 2;
      default:
        throw new UsageError(`unknown command "${command}".`);
    }
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr.write(`kubeward${command && !command.startsWith('-') ? ` ${printable(command)}` : ''}: ${printable(e.message)}\nRun \`kubeward ${command === 'audit' || command === 'images' || command === 'controls' ? `${command} ` : ''}--help\` for usage.\n`);
      return 2;
    }
    throw e;
  }
}

/** The `bin/kubeward` entry: runs main on the process and sets the exit code (stdout is flushed, not cut). */
export function cli(): void {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      process.stderr.write(`kubeward: internal error: ${(e as Error)?.stack ?? String(e)}\n`);
      process.exitCode = 2;
    },
  );
}

if (require.main === module) cli();
