// The scopes a FORBIDDEN error names come from Spotify's OpenAPI description, never from a
// hand-kept list: the checked-in table is what the generator derives from the spec today.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderScopesModule, scopesFromSpec, specPath } from '../../../scripts/user-scopes.js';
import { OPERATION_SCOPES } from '../../../src/spotify/user/scopes.js';

describe('the scopes table', () => {
  const derived = scopesFromSpec(readFileSync(specPath, 'utf8'));

  it('is what npm run scopes:print writes from the spec', () => {
    const written = readFileSync(new URL('../../../src/spotify/user/scopes.ts', import.meta.url), 'utf8');
    expect(written).toBe(renderScopesModule(derived));
    expect(OPERATION_SCOPES).toEqual(derived);
  });

  it("holds the security entries of the user endpoints the gateway calls", () => {
    expect(OPERATION_SCOPES['GET /me/tracks']).toEqual(['user-library-read']);
    expect(OPERATION_SCOPES['GET /me/following']).toEqual(['user-follow-read']);
    expect(OPERATION_SCOPES['GET /me/player/recently-played']).toEqual(['user-read-recently-played']);
    expect(OPERATION_SCOPES['POST /playlists/{playlist_id}/items']).toEqual(['playlist-modify-public', 'playlist-modify-private']);
    // Catalog endpoints carry no scopes (an empty security entry).
    expect(OPERATION_SCOPES['GET /artists/{id}']).toBeUndefined();
  });
});
