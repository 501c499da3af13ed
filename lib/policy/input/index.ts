// Reading manifests from disk: files, directories, stdin; YAML and JSON; hostile input bounded.
export * from './options';
export * from './load';
export * from './audit-paths';
export { STDIN_NAME } from './read';
