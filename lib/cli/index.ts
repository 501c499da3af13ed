// The kubeward command line, callable in-process for tests and wrappers.
export { main, cli } from './main';
export type { CliIo, OutStream } from './io';
export { imagesOf } from './images';
