import * as fs from 'fs';
import * as path from 'path';

/** The tool name reports carry. @internal */
export const TOOL_NAME = 'kubeward';

let version: string | undefined;

/**
 * The package version, read once from package.json. The file sits three levels up both from the
 * TypeScript source (lib/policy/report) and from the compiled output (build/policy/report).
 * @internal
 */
export function toolVersion(): string {
  if (version === undefined) {
    try {
      version = String(JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../../package.json'), 'utf8')).version ?? '0.0.0');
    } catch {
      version = '0.0.0';
    }
  }
  return version;
}
