// The orders Spotify serves an artist's lists in: the discography by group, newest first, and
// the top tracks by popularity.

import type { AlbumGroup, AlbumRecord, ArtistRecord, DiscographyEntry, TrackRecord } from './catalog-records.js';

/** Plain code-unit order: stable across locales, and far cheaper than localeCompare. */
export const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

const GROUP_ORDER: Record<AlbumGroup, number> = { album: 0, single: 1, compilation: 2, appears_on: 3 };

export function buildDiscographies(artists: ArtistRecord[], albums: AlbumRecord[], tracks: TrackRecord[]): DiscographyEntry[][] {
  const groups = artists.map(() => new Map<number, AlbumGroup>());
  for (const album of albums) {
    for (const a of album.artists) groups[a].set(album.index, album.albumType);
  }
  for (const track of tracks) {
    for (const a of track.artists) {
      if (!groups[a].has(track.album)) groups[a].set(track.album, 'appears_on');
    }
  }
  return groups.map((byAlbum) =>
    [...byAlbum]
      .map(([album, group]) => ({ album, group }))
      .sort((x, y) =>
        GROUP_ORDER[x.group] - GROUP_ORDER[y.group] ||
        compare(albums[y.album].releaseDate, albums[x.album].releaseDate) ||
        compare(albums[x.album].id, albums[y.album].id),
      ),
  );
}

export function buildTopTracks(artists: ArtistRecord[], tracks: TrackRecord[]): number[][] {
  const byArtist: number[][] = artists.map(() => []);
  for (const track of tracks) for (const a of track.artists) byArtist[a].push(track.index);
  return byArtist.map((list) =>
    list
      .sort((x, y) => tracks[y].popularity - tracks[x].popularity || compare(tracks[x].id, tracks[y].id))
      .slice(0, 10),
  );
}
