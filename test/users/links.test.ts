import { describe, expect, it } from 'vitest';
import { parseSpotifyLink } from '../../src/spotify/links.js';

const ID = '4iV5W9uYEdYUVa79Axb7Rh';

describe('Spotify links', () => {
  it('reads URIs and open.spotify.com links (with a locale and a share query) as the same URI', () => {
    const uri = { kind: 'track', id: ID, uri: `spotify:track:${ID}` };
    expect(parseSpotifyLink(`spotify:track:${ID}`)).toEqual(uri);
    expect(parseSpotifyLink(`https://open.spotify.com/track/${ID}`)).toEqual(uri);
    expect(parseSpotifyLink(`https://open.spotify.com/intl-ko/track/${ID}?si=abc123`)).toEqual(uri);
    expect(parseSpotifyLink(' spotify:user:sora ')).toEqual({ kind: 'user', id: 'sora', uri: 'spotify:user:sora' });
  });

  it('refuses other hosts, unknown kinds and malformed ids', () => {
    for (const bad of [
      `http://open.spotify.com/track/${ID}`,
      `https://evil.example/track/${ID}`,
      `spotify:concert:${ID}`,
      'spotify:track:short',
      `spotify:track:${ID}:extra`,
      `https://open.spotify.com/track/${ID}/more`,
      '',
    ]) {
      expect(parseSpotifyLink(bad), bad).toBeUndefined();
    }
  });
});
