import { describeVolume, volumesOf } from '../../model/volumes';
import { podTemplateOf } from '../../model/workload';
import type { KubeRule } from '../../rule';
import { NOT_APPLICABLE, Violation } from '../../types';

/** File names of the container runtimes' API sockets. */
const SOCKET_SUFFIXES: readonly string[] = ['docker.sock', 'containerd.sock', 'crio.sock', 'cri-dockerd.sock'];

/** Directories that hold those sockets: mounting one exposes the socket inside it. */
const SOCKET_DIRECTORIES: ReadonlySet<string> = new Set([
  '/var/run',
  '/run',
  '/var/run/docker',
  '/run/containerd',
  '/var/run/containerd',
  '/var/run/crio',
  '/run/crio',
]);

/**
 * Normalizes a host path for comparison: repeated slashes collapse and a trailing slash goes,
 * since the kubelet mounts `/var/run/` and `/var/run` alike.
 */
function normalize(path: string): string {
  const collapsed = path.replace(/\/{2,}/g, '/');
  return collapsed.length > 1 ? collapsed.replace(/\/$/, '') : collapsed;
}

/**
 * KW-POD-013 Container runtime sockets are never mounted.
 * Pass: no hostPath volume path ends in docker.sock, containerd.sock, crio.sock or
 * cri-dockerd.sock, and none equals /var/run, /run, /var/run/docker, /run/containerd,
 * /var/run/containerd, /var/run/crio or /run/crio.
 * Fail: a hostPath volume points at one of those sockets or directories: whoever reaches the
 * runtime socket can start a privileged container on the node.
 */
export const KW_POD_013: KubeRule = {
  id: 'KW-POD-013',
  target: 'kube',
  kinds: ['*workload'],
  evaluate(obj) {
    const pod = podTemplateOf(obj);
    if (!pod) return NOT_APPLICABLE;
    const out: Violation[] = [];
    for (const v of volumesOf(pod)) {
      const raw = v.spec.hostPath?.path;
      if (!v.sources.includes('hostPath') || typeof raw !== 'string') continue;
      const path = normalize(raw);
      const socket = SOCKET_SUFFIXES.some((s) => path.endsWith(s));
      if (!socket && !SOCKET_DIRECTORIES.has(path)) continue;
      out.push({
        message: `${describeVolume(v)} mounts ${socket ? 'the container runtime socket' : 'a directory holding the container runtime socket'} "${raw}", which gives control of every container on the node; remove the hostPath volume.`,
        field: `${v.path}.hostPath.path`,
      });
    }
    return out;
  },
};
