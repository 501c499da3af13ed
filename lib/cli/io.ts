/** A stream the CLI writes to. */
export interface OutStream {
  /** Whether the stream is a terminal (colour is used only then). */
  readonly isTTY?: boolean;
  /** Writes text. */
  write(text: string): unknown;
}

/**
 * What the CLI touches of the outside world, injected so tests run it in-process: two output
 * streams, standard input, the environment and the working directory.
 */
export interface CliIo {
  /** Reports go here (nothing else, so machine formats stay parseable). */
  readonly stdout: OutStream;
  /** Usage errors, input errors and summaries go here. */
  readonly stderr: OutStream;
  /** Reads all of standard input, up to `maxBytes` + 1 bytes. */
  readonly readStdin: (maxBytes: number) => Promise<Buffer>;
  /** Environment variables (NO_COLOR is read). */
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Directory that SARIF and JUnit file locations are made relative to (the repository root in CI). */
  readonly cwd: string;
}

/** Reads a readable stream to its end, stopping one byte past the cap. */
export async function readStream(stream: NodeJS.ReadableStream, maxBytes: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    chunks.push(buf);
    total += buf.length;
    if (total > maxBytes) break;
  }
  return Buffer.concat(chunks, total);
}

/** The real process: stdout, stderr, stdin, environment, working directory. */
export function processIo(): CliIo {
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    readStdin: (maxBytes) => readStream(process.stdin, maxBytes),
    env: process.env,
    cwd: process.cwd(),
  };
}
