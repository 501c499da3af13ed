import { configMap, PEM_PRIVATE_KEY } from '../fixtures/pod';
import { deployment, expectFail, expectNotApplicable, expectPass } from '../helpers';

describe('KW-POD-026 ConfigMaps carry no secret material |', () => {
  test('passes with harmless keys and values, or no data', () => {
    expectPass('KW-POD-026', [configMap({ 'LOG_LEVEL': 'info', 'app.yaml': 'port: 8080\n', 'keycloak_url': 'https://sso' })]);
    expectPass('KW-POD-026', [configMap(undefined)]);
  });

  test.each(['db_password', 'PASSWD', 'client-secret.txt', 'token', 'apiKey', 'API_KEY', 'access_key_id', 'tls_private_key', 'credentials.json', 'SIGNING_KEY'])(
    'fails on the key %s whatever its value',
    (key) => {
      const [f] = expectFail('KW-POD-026', [configMap({ [key]: '' })]);
      expect(f.field).toBe(`data['${key}']`);
    },
  );

  test('fails when a value embeds a private key', () => {
    const [f] = expectFail('KW-POD-026', [configMap({ 'tls.pem': PEM_PRIVATE_KEY })]);
    expect(f.message).toMatch(/private key/);
    expectFail('KW-POD-026', [configMap({ 'key.pem': ['-----BEGIN', 'PRIVATE KEY-----'].join(' ') })]);
  });

  test('a public certificate is fine', () => {
    expectPass('KW-POD-026', [configMap({ 'ca.crt': '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----' })]);
  });

  test('only ConfigMaps are in scope', () => {
    expectNotApplicable('KW-POD-026', [deployment()]);
  });
});
