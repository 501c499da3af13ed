// TKE log collection: which LogConfigs ship a container's stdout to CLS. Each LogConfig of type
// container_stdout that selects a container ships its own copy (and bills it), so a container
// selected by two is shipped twice. Selection (cloud.tencent.com/document/product/457/48425,
// "使用 CRD 配置日志采集"; field list in ../shared/schemas/crds/tencent-tke/LogConfig.md):
// `namespace` (comma-separated, empty = all) or `excludeNamespace`; then `allContainers`, or
// `workloads` (kind, name, namespace, optional container), or `includeLabels`/`excludeLabels`
// on the pod's labels (a value may list several, comma-separated); `container` narrows to one name.
import { Obj, StringMap } from './objects';

/** One running container, as the log agent sees it. */
export interface LoggedContainer {
  readonly namespace: string;
  readonly podLabels: StringMap;
  /** The owning workload (`deployment`, `statefulset`, `cronjob`, ...) and its name. */
  readonly workload: { readonly kind: string; readonly name: string };
  readonly container: string;
}

const list = (text: unknown): string[] => String(text ?? '').split(',').map((s) => s.trim()).filter(Boolean);

function labelsMatch(selector: StringMap | undefined, labels: StringMap): boolean {
  return Object.entries(selector ?? {}).every(([k, v]) => labels[k] !== undefined && list(v).includes(labels[k]));
}

/** Whether a LogConfig ships the container's stdout. */
export function selectsStdout(config: Obj, c: LoggedContainer): boolean {
  const input = config.spec?.inputDetail ?? {};
  if (input.type !== 'container_stdout') return false;
  const s = input.containerStdout ?? {};
  const namespaces = list(s.namespace);
  if (namespaces.length && !namespaces.includes(c.namespace)) return false;
  if (list(s.excludeNamespace).includes(c.namespace)) return false;
  if (s.container && s.container !== c.container) return false;
  if (s.allContainers === true) return true;
  if (Array.isArray(s.workloads) && s.workloads.length) {
    return s.workloads.some((w: Obj) => w.kind === c.workload.kind && w.name === c.workload.name
      && (!w.namespace || w.namespace === c.namespace) && (!w.container || w.container === c.container));
  }
  if (s.includeLabels && !labelsMatch(s.includeLabels, c.podLabels)) return false;
  if (s.excludeLabels && Object.keys(s.excludeLabels).length && labelsMatch(s.excludeLabels, c.podLabels)) return false;
  return s.includeLabels !== undefined;
}

/** The LogConfigs (by name) shipping each container; more than one is a duplicate. */
export function stdoutShippers(configs: readonly Obj[], c: LoggedContainer): string[] {
  return configs.filter((cfg) => cfg.kind === 'LogConfig' && selectsStdout(cfg, c)).map((cfg) => cfg.metadata?.name);
}
