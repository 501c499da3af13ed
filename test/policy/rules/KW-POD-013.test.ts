import { withVolumes } from '../fixtures/pod';
import { deployment, expectFail, expectPass } from '../helpers';

const hostPath = (path: string): Record<string, any> => withVolumes([{ name: 'host', hostPath: { path } }]);

describe('KW-POD-013 runtime sockets never mounted |', () => {
  test('passes without hostPath volumes or with unrelated host paths', () => {
    expectPass('KW-POD-013', [deployment()]);
    expectPass('KW-POD-013', [hostPath('/var/log')]);
    expectPass('KW-POD-013', [hostPath('/var/run/secrets/app')]);
  });

  test.each(['/var/run/docker.sock', '/run/containerd/containerd.sock', '/var/run/crio/crio.sock', '/var/run/cri-dockerd.sock', '/custom/docker.sock'])(
    'fails on the socket %s',
    (path) => {
      const [f] = expectFail('KW-POD-013', [hostPath(path)]);
      expect(f.field).toBe('spec.template.spec.volumes[0].hostPath.path');
      expect(f.message).toMatch(/runtime socket/);
    },
  );

  test.each(['/var/run', '/run', '/var/run/docker', '/run/containerd', '/var/run/containerd', '/var/run/crio', '/run/crio'])(
    'fails on the socket directory %s',
    (path) => {
      expect(expectFail('KW-POD-013', [hostPath(path)])[0].message).toMatch(/directory holding/);
    },
  );

  test('a trailing or doubled slash does not hide a socket directory', () => {
    expectFail('KW-POD-013', [hostPath('/var/run/')]);
    expectFail('KW-POD-013', [hostPath('/var//run/containerd')]);
  });
});
