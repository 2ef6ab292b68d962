import { describe, expect, it } from 'vitest';
import { parseSpotifyLink } from '../../../src/spotify/catalog/links.js';

const id = '4iV5W9uYEdYUVa79Axb7Rh';

describe('parseSpotifyLink', () => {
  it('reads Spotify URIs of every kind that has a link', () => {
    for (const kind of ['artist', 'album', 'track', 'playlist', 'show', 'episode', 'audiobook'] as const) {
      expect(parseSpotifyLink(`spotify:${kind}:${id}`)).toEqual({ kind, id });
    }
    expect(parseSpotifyLink(`spotify:user:sora:playlist:${id}`)).toEqual({ kind: 'playlist', id });
  });

  it('reads open.spotify.com links as people paste them', () => {
    const forms = [
      `https://open.spotify.com/album/${id}`,
      `https://open.spotify.com/album/${id}/`,
      `https://open.spotify.com/album/${id}?si=a1b2c3d4e5f6`,
      `https://open.spotify.com/intl-ko/album/${id}?si=a1b2c3d4e5f6`,
      `https://open.spotify.com/intl-pt-br/album/${id}`,
      `https://open.spotify.com/embed/album/${id}`,
      `http://open.spotify.com/album/${id}#top`,
      `open.spotify.com/album/${id}`,
      `  https://OPEN.SPOTIFY.COM/album/${id}  `,
    ];
    for (const form of forms) expect(parseSpotifyLink(form), form).toEqual({ kind: 'album', id });
    expect(parseSpotifyLink(`https://open.spotify.com/audiobook/${id}`)).toEqual({ kind: 'audiobook', id });
    expect(parseSpotifyLink(`https://open.spotify.com/user/sora/playlist/${id}`)).toEqual({ kind: 'playlist', id });
  });

  it('refuses what is not a link to a catalog item', () => {
    const refused = [
      '',
      id,
      `spotify:album:${id.slice(1)}`,
      `spotify:chapter:${id}`,
      `spotify:user:sora`,
      `spotify:album:${id}:extra`,
      `https://open.spotify.com/album/${id}/tracks`,
      `https://open.spotify.com/chapter/${id}`,
      `https://open.spotify.com/user/sora`,
      `https://evil.example/album/${id}`,
      `https://open.spotify.com.evil.example/album/${id}`,
      `https://user:pw@open.spotify.com/album/${id}`,
      `ftp://open.spotify.com/album/${id}`,
      `https://open.spotify.com/intl-xyz1/album/${id}`,
      `https://open.spotify.com/album/not-an-id!`,
    ];
    for (const link of refused) expect(parseSpotifyLink(link), link).toBeUndefined();
  });
});
