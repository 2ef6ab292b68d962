import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config.js';

describe('loadConfig', () => {
  it('defaults to demo mode against real Spotify URLs in development mode', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      port: 4000,
      credentials: undefined,
      accountsUrl: 'https://accounts.spotify.com',
      apiUrl: 'https://api.spotify.com/v1',
      appMode: 'development',
      rateLimitWaitCapSeconds: 5,
      cacheTtlSeconds: 300,
    });
  });

  it('reads credentials, mode and URLs, dropping trailing slashes', () => {
    const config = loadConfig({
      PORT: '8080',
      SPOTIFY_CLIENT_ID: 'id',
      SPOTIFY_CLIENT_SECRET: 'secret',
      SPOTIFY_APP_MODE: 'extended',
      SPOTIFY_API_URL: 'http://127.0.0.1:9999/v1/',
    });
    expect(config.port).toBe(8080);
    expect(config.credentials).toEqual({ clientId: 'id', clientSecret: 'secret' });
    expect(config.appMode).toBe('extended');
    expect(config.apiUrl).toBe('http://127.0.0.1:9999/v1');
  });

  it.each([
    [{ SPOTIFY_APP_MODE: 'turbo' }, /SPOTIFY_APP_MODE must be "development" or "extended"/],
    [{ SPOTIFY_API_URL: 'not a url' }, /SPOTIFY_API_URL must be an http\(s\) URL/],
    [{ SPOTIFY_ACCOUNTS_URL: 'ftp://example.com' }, /SPOTIFY_ACCOUNTS_URL must be an http\(s\) URL/],
    [{ SPOTIFY_CLIENT_ID: 'only-id' }, /SPOTIFY_CLIENT_SECRET is not set/],
    [{ SPOTIFY_CLIENT_SECRET: 'only-secret' }, /SPOTIFY_CLIENT_ID is not set/],
    [{ PORT: 'eighty' }, /PORT must be a whole number/],
  ])('rejects %o with one clear line', (env, message) => {
    let error: unknown;
    try {
      loadConfig(env);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message).toMatch(message);
    expect((error as Error).message).not.toContain('\n');
  });

  it('never echoes the client secret in an error', () => {
    expect(() => loadConfig({ SPOTIFY_CLIENT_SECRET: 'super-secret-value' })).toThrow(ConfigError);
    try {
      loadConfig({ SPOTIFY_CLIENT_SECRET: 'super-secret-value' });
    } catch (error) {
      expect((error as Error).message).not.toContain('super-secret-value');
    }
  });

  it('trusts no proxy and gives clients no share by default; a TRUSTED_PROXIES entry that is no range stops start-up', () => {
    expect(loadConfig({})).toMatchObject({ trustedProxies: [], clientUpstreamCallsPerMinute: 0 });
    expect(loadConfig({ TRUSTED_PROXIES: '10.0.0.0/8, 192.0.2.1 ,2001:db8::/32' }).trustedProxies.map(([range, bits]) => `${range.toString()}/${bits}`)).toEqual([
      '10.0.0.0/8',
      '192.0.2.1/32',
      '2001:db8::/32',
    ]);
    expect(() => loadConfig({ TRUSTED_PROXIES: '10.0.0.0/33' })).toThrow(ConfigError);
    expect(() => loadConfig({ TRUSTED_PROXIES: 'proxy.internal' })).toThrow(/TRUSTED_PROXIES/);
  });
});
