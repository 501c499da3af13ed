import type { AuditReport } from '../engine';
import type { Severity } from '../types';

/** The report formats. */
export type ReportFormat = 'text' | 'json' | 'sarif' | 'junit';

/** Every report format, for usage messages. */
export const REPORT_FORMATS: readonly ReportFormat[] = ['text', 'json', 'sarif', 'junit'];

/** A report to render, with the number of files read when it came from files. */
export type RenderableReport = AuditReport & { readonly files?: number };

/** Options shared by the reporters. */
export interface ReportOptions {
  /**
   * The severity threshold of the run: reports say how many findings are at or above it and
   * whether the run fails.
   * @default 'low' - every unsuppressed finding fails, as in exitCodeOf
   */
  readonly failOn?: Severity;
  /**
   * ANSI colour in the text report. The CLI turns it on only for a TTY without NO_COLOR.
   * @default false - plain text is safe in files and CI logs
   */
  readonly color?: boolean;
  /**
   * Directory that file locations in SARIF and JUnit are made relative to (code scanning needs
   * paths relative to the repository root).
   * @default process.cwd()
   */
  readonly baseDir?: string;
}
