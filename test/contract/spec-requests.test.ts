import { describe, expect, it } from 'vitest';
import { loadSpec } from '../../scripts/spec/extract.js';
import { requestChecker } from './spec-requests.js';

const spec = loadSpec();
const ID = '0TnOYISbd1XYRBk9myaseg';
const violations = (mode: 'development' | 'extended', path: string) => requestChecker(spec, mode)('GET', new URL(`http://x/v1${path}`)).violations;

describe('checking requests against the spec', () => {
  it('accepts what the gateway sends', () => {
    expect(violations('development', '/search?q=a&type=artist,track&limit=10&offset=1000&market=KR')).toEqual([]);
    expect(violations('extended', `/artists?ids=${ID},${ID}`)).toEqual([]);
    expect(violations('extended', `/artists/${ID}/albums?limit=50&offset=0`)).toEqual([]);
  });

  it("holds Development Mode to the spec's page of 10 and Extended Quota to 50", () => {
    expect(violations('development', '/search?q=a&type=artist&limit=11')).toEqual(['limit=11 is above 10']);
    expect(violations('extended', '/search?q=a&type=artist&limit=51')).toEqual(['limit=51 is above 50']);
    expect(violations('development', '/search?q=a&type=artist&offset=1001')).toEqual(['offset=1001 is above 1000']);
  });

  it('refuses unknown paths and parameters, malformed ids, long batches, and endpoints Development Mode lost', () => {
    expect(violations('development', '/nowhere')).toEqual(['no GET /nowhere in the spec']);
    const check = requestChecker(spec, 'extended');
    const url = (path: string) => new URL(`http://x/v1${path}`);
    expect(check('PUT', url('/me/following?type=artist'), JSON.stringify({ ids: [ID] })).violations).toEqual(['PUT /me/following is deprecated', '/me/following needs ids']);
    expect(check('PUT', url(`/me/library?uris=spotify:artist:${ID}`)).violations).toEqual([]);
    expect(check('POST', url(`/playlists/${ID}/items`), JSON.stringify({ uris: 'not a list' })).violations).toEqual(['POST /playlists/{playlist_id}/items: the body data/uris must be array']);
    expect(violations('development', '/search?q=a&type=artist,podcast&cursor=1')).toEqual(['/search has no query parameter cursor', 'type holds podcast, not one of album,artist,playlist,track,show,episode,audiobook']);
    expect(violations('development', '/artists/..%2Fme/albums')).toEqual(['path {id}="../me" is not a Spotify id']);
    expect(violations('extended', `/albums?ids=${Array(21).fill(ID).join(',')}`)).toEqual(['/albums takes at most 20 ids, got 21']);
    expect(violations('development', `/tracks?ids=${ID}`)).toEqual(['/tracks is not available to Development Mode apps']);
  });
});
