// Differential test: the engine (lib/policy) and the cluster model's Pod Security admission
// (test/cluster-model/pod-security.ts) were written independently from the upstream checks. At every
// Kubernetes minor the engine accepts (1.25 to 1.37), on pods built around each version-dependent
// field, both must admit or refuse the same pods at baseline and at restricted. The model stays in
// test/ (lib never imports it), so a wrong shared assumption would have to be made twice.
import { audit } from '../../lib/policy';
import { NEWEST_TARGET_MINOR, OLDEST_TARGET_MINOR } from '../../lib/policy/model/kubernetes-version';
import { evaluatePodSecurity } from '../cluster-model/pod-security';
import { BASELINE_GAPS, controlsAt, Level } from '../support/psa-coverage';

type Pod = Record<string, any>;

/** A pod that meets restricted at every version, to vary one field at a time. */
function restricted(pod: Pod = {}, container: Pod = {}): Pod {
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name: 'p', namespace: 'shop' },
    spec: {
      securityContext: { runAsNonRoot: true, seccompProfile: { type: 'RuntimeDefault' }, ...pod.securityContext },
      containers: [{ name: 'app', image: 'x', securityContext: { allowPrivilegeEscalation: false, capabilities: { drop: ['ALL'] }, ...container } }],
      ...Object.fromEntries(Object.entries(pod).filter(([k]) => k !== 'securityContext')),
    },
  };
}

/** A pod that meets baseline but not restricted, to vary one field at a time. */
function baselineOnly(pod: Pod = {}, container: Pod = {}): Pod {
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name: 'p', namespace: 'shop' },
    spec: { ...pod, containers: [{ name: 'app', image: 'x', ...(Object.keys(container).length ? { securityContext: container } : {}) }] },
  };
}

const SYSCTLS = ['kernel.shm_rmid_forced', 'net.ipv4.ip_local_reserved_ports', 'net.ipv4.tcp_keepalive_time', 'net.ipv4.tcp_fin_timeout', 'net.ipv4.tcp_keepalive_intvl',
  'net.ipv4.tcp_keepalive_probes', 'net.ipv4.tcp_rmem', 'net.ipv4.tcp_wmem', 'net.ipv4.tcp_slow_start_after_idle', 'net.ipv4.tcp_notsent_lowat', 'net.core.somaxconn'];

/** Pod variants around every field whose check changed between 1.25 and 1.37. */
function variants(): Array<[string, Pod]> {
  const out: Array<[string, Pod]> = [];
  for (const [kind, make] of [['restricted', restricted], ['baseline', baselineOnly]] as const) {
    out.push([`${kind} base`, make()]);
    for (const name of SYSCTLS) out.push([`${kind} sysctl ${name}`, make({ securityContext: { sysctls: [{ name, value: '1' }] } })]);
    out.push([`${kind} selinux container_engine_t`, make({}, { seLinuxOptions: { type: 'container_engine_t' } })]);
    out.push([`${kind} selinux spc_t`, make({}, { seLinuxOptions: { type: 'spc_t' } })]);
    out.push([`${kind} image volume`, make({ volumes: [{ name: 'm', image: { reference: 'x:1' } }] })]);
    const probe = make();
    probe.spec.containers[0].livenessProbe = { httpGet: { host: '10.0.0.1', port: 80 } };
    out.push([`${kind} probe httpGet host`, probe]);
    const hook = make();
    hook.spec.containers[0].lifecycle = { preStop: { tcpSocket: { host: 'db', port: 5432 } } };
    out.push([`${kind} lifecycle tcpSocket host`, hook]);
    const emptyHost = make();
    emptyHost.spec.containers[0].readinessProbe = { httpGet: { host: '', port: 80 } };
    out.push([`${kind} probe empty host`, emptyHost]);
    for (const hostUsers of [false, true]) {
      out.push([`${kind} hostUsers ${hostUsers} procMount Unmasked`, make({ hostUsers }, { ...(kind === 'restricted' ? { allowPrivilegeEscalation: false, capabilities: { drop: ['ALL'] } } : {}), procMount: 'Unmasked' })]);
      out.push([`${kind} hostUsers ${hostUsers} runAsUser 0`, make({ hostUsers }, { ...(kind === 'restricted' ? { allowPrivilegeEscalation: false, capabilities: { drop: ['ALL'] } } : {}), runAsUser: 0 })]);
      const noNonRoot = make({ hostUsers });
      delete noNonRoot.spec.securityContext?.runAsNonRoot;
      out.push([`${kind} hostUsers ${hostUsers} runAsNonRoot unset`, noNonRoot]);
    }
  }
  return out;
}

function engineAdmits(pod: Pod, level: Level, minor: number): boolean {
  const decide = controlsAt(level);
  return !audit([pod], { kubernetesVersion: `1.${minor}` }).findings.some((f) => !f.suppressed && decide.has(f.controlId));
}

describe('engine and cluster model agree on Pod Security, by version |', () => {
  test('same verdict on every variant, at every version, at baseline and restricted', () => {
    const pods = variants();
    expect(pods.length).toBeGreaterThan(40);
    const disagreements: string[] = [];
    for (let minor = OLDEST_TARGET_MINOR; minor <= NEWEST_TARGET_MINOR; minor++) {
      for (const [name, pod] of pods) {
        for (const level of ['baseline', 'restricted'] as const) {
          const model = evaluatePodSecurity(pod, level, minor, minor);
          // The known baseline gap (no baseline-level seccomp control) never arises here: no variant sets Unconfined.
          if (level === 'baseline' && model.some((v) => BASELINE_GAPS[v.check.toLowerCase()])) continue;
          const engine = engineAdmits(pod, level, minor);
          if (engine !== (model.length === 0)) disagreements.push(`1.${minor} ${level} ${name}: engine ${engine ? 'admits' : 'refuses'}, model ${model.length ? `refuses (${model.map((v) => v.check).join(', ')})` : 'admits'}`);
        }
      }
    }
    expect(disagreements).toEqual([]);
  });
});
