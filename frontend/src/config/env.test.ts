import { defaultConfig, readConfig, swaggerUiUrl } from './env';

describe('readConfig', () => {
  it('falls back to the local-development defaults when env.js set nothing', () => {
    expect(readConfig(undefined)).toEqual({
      apiUrl: 'http://localhost:8080/api/v1',
      keycloakUrl: 'http://localhost:8180',
      realm: 'pas',
      clientId: 'pas-spa',
    });
  });

  it('takes values from env.js, trims trailing slashes and ignores blank or non-string values', () => {
    const config = readConfig({
      apiUrl: 'https://pas.example/api/v1/',
      keycloakUrl: 'https://login.pas.example/',
      realm: '  ',
      clientId: 42,
    });
    expect(config).toEqual({
      apiUrl: 'https://pas.example/api/v1',
      keycloakUrl: 'https://login.pas.example',
      realm: defaultConfig.realm,
      clientId: defaultConfig.clientId,
    });
  });

  it('reads window.__PAS_CONFIG__ by default', () => {
    window.__PAS_CONFIG__ = { realm: 'pas-test' };
    try {
      expect(readConfig().realm).toBe('pas-test');
    } finally {
      delete window.__PAS_CONFIG__;
    }
  });
});

describe('swaggerUiUrl', () => {
  it('points at /q/swagger-ui on the API origin', () => {
    expect(swaggerUiUrl('http://localhost:8080/api/v1')).toBe('http://localhost:8080/q/swagger-ui');
    expect(swaggerUiUrl('https://pas.example/api/v1')).toBe('https://pas.example/q/swagger-ui');
  });
});
