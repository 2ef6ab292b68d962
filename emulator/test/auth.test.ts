import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type Emulator } from '../src/server.js';
import { basic, get, requestToken, token } from './helpers.js';

let emulator: Emulator;
beforeAll(async () => {
  emulator = await startEmulator();
});
afterAll(() => emulator.close());

describe('POST /api/token', () => {
  it('issues a bearer token for good credentials in a Basic header', async () => {
    const answer = await requestToken(emulator);
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(answer.body).toEqual({ access_token: expect.any(String), token_type: 'Bearer', expires_in: 3600 });
  });

  it('accepts client_id and client_secret in the form body', async () => {
    const form = `grant_type=client_credentials&client_id=${emulator.clientId}&client_secret=${emulator.clientSecret}`;
    const res = await fetch(`${emulator.accountsUrl}/api/token`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: form,
    });
    expect(res.status).toBe(200);
  });

  it('issues a fresh token every time', async () => {
    expect(await token(emulator)).not.toBe(await token(emulator));
  });

  it('answers invalid_client for a wrong secret or missing credentials', async () => {
    const wrong = await requestToken(emulator, undefined, basic(emulator.clientId, 'nope'));
    expect(wrong.status).toBe(400);
    expect(wrong.body).toEqual({ error: 'invalid_client', error_description: 'Invalid client' });
    const res = await fetch(`${emulator.accountsUrl}/api/token`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: 'grant_type=client_credentials',
    });
    expect(res.status).toBe(400);
    expect((await res.json()).error).toBe('invalid_client');
  });

  it('answers unsupported_grant_type for other grants', async () => {
    const answer = await requestToken(emulator, 'grant_type=password');
    expect(answer.status).toBe(400);
    expect(answer.body.error).toBe('unsupported_grant_type');
    expect(typeof answer.body.error_description).toBe('string');
  });
});

describe('bearer tokens on /v1', () => {
  const path = () => `/artists/${emulator.catalog.fixtures.btsId}`;

  it('401 "No token provided" without a token', async () => {
    const answer = await get(emulator, path(), null);
    expect(answer.status).toBe(401);
    expect(answer.body).toEqual({ error: { status: 401, message: 'No token provided' } });
  });

  it('401 "Invalid access token" for an unknown token', async () => {
    const answer = await get(emulator, path(), 'made-up');
    expect(answer.status).toBe(401);
    expect(answer.body).toEqual({ error: { status: 401, message: 'Invalid access token' } });
  });

  it('401 "The access token expired" once the lifetime has passed', async () => {
    emulator.setTokenLifetime(1);
    const short = await token(emulator);
    emulator.setTokenLifetime(3600);
    expect((await requestToken(emulator)).body.expires_in).toBe(3600);
    expect((await get(emulator, path(), short)).status).toBe(200);
    await new Promise((r) => setTimeout(r, 1100));
    const answer = await get(emulator, path(), short);
    expect(answer.status).toBe(401);
    expect(answer.body).toEqual({ error: { status: 401, message: 'The access token expired' } });
  });

  it('expireAllTokens() expires every token issued so far, not later ones', async () => {
    const before = await token(emulator);
    emulator.expireAllTokens();
    expect((await get(emulator, path(), before)).body.error.message).toBe('The access token expired');
    expect((await get(emulator, path(), await token(emulator))).status).toBe(200);
  });
});
