import { CREDENTIAL_ENV } from '../fixtures/failing-values';
import { container, pod, PEM_PRIVATE_KEY, withEnv } from '../fixtures/pod';
import { expectFail, expectPass } from '../helpers';

describe('KW-POD-025 no hard-coded credentials in env |', () => {
  test('passes with harmless names, valueFrom, empty values and absolute paths', () => {
    expectPass('KW-POD-025', [
      withEnv([
        { name: 'LOG_LEVEL', value: 'info' },
        { name: 'DB_PASSWORD', valueFrom: { secretKeyRef: { name: 'db', key: 'password' } } },
        { name: 'API_TOKEN', value: '' },
        { name: 'TLS_PRIVATE_KEY', value: '/var/run/secrets/tls/tls.key' },
        { name: 'KEYCLOAK_URL', value: 'https://sso.example.com' },
      ]),
    ]);
  });

  test.each(['DB_PASSWORD', 'mysql_passwd', 'clientSecret', 'GITHUB_TOKEN', 'BEARER', 'OPENAI_API_KEY', 'apikey', 'AWS_ACCESS_KEY_ID', 'SSH_PRIVATE_KEY', 'GOOGLE_APPLICATION_CREDENTIALS', 'KEY_CONTENT', 'stripe_key'])(
    'fails on the credential-like name %s with a literal value',
    (name) => {
      const [f] = expectFail('KW-POD-025', [withEnv([{ name: 'MODE', value: 'prod' }, { name, value: 'hunter2' }])]);
      expect(f.field).toBe('spec.template.spec.containers[0].env[1].value');
      expect(f.container).toBe('app');
    },
  );

  test('a relative path is still a literal value', () => {
    expectFail('KW-POD-025', [withEnv([{ name: 'DB_PASSWORD', value: 'secrets/db' }])]);
  });

  test('fails on a private key in any literal value, whatever the name', () => {
    const [f] = expectFail('KW-POD-025', [withEnv([{ name: 'TLS', value: PEM_PRIVATE_KEY }])]);
    expect(f.message).toMatch(/private key/);
    expectFail('KW-POD-025', [withEnv([{ name: 'ID', value: ['-----BEGIN', 'OPENSSH PRIVATE KEY-----'].join(' ') + '\nb3Blbn' }])]);
  });

  test.each(CREDENTIAL_ENV.map((e) => [JSON.stringify(e.value).slice(0, 40), e] as const))('fails on the shared failing value %s (the constructs refuse it too)', (_shown, e) => {
    const [f] = expectFail('KW-POD-025', [withEnv([{ name: e.name, value: e.value }])]);
    expect(f.field).toBe('spec.template.spec.containers[0].env[0].value');
  });

  test('checks init and ephemeral containers', () => {
    const p = pod({ pod: { ephemeralContainers: [container('debug', { env: [{ name: 'ADMIN_PASSWORD', value: 'x' }] })] } });
    expect(expectFail('KW-POD-025', [p])[0].field).toBe('spec.ephemeralContainers[0].env[0].value');
  });
});
