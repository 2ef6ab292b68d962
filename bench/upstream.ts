// The benchmark's view of an emulator process, through its control API: call counts, its
// fixtures, a token for raw REST calls, and the fewest calls a query could possibly make.
import type { Service } from './processes.js';

export const DEMO_CLIENT = { id: 'demo-client-id', secret: 'demo-client-secret' };

export async function apiCalls(emulator: Service): Promise<number> {
  return ((await (await fetch(`${emulator.url}/__emulator/counts`)).json()) as { api: number }).api;
}

export async function resetCalls(emulator: Service): Promise<void> {
  await fetch(`${emulator.url}/__emulator/calls`, { method: 'DELETE' });
}

export async function fixtures(emulator: Service): Promise<{ bigAlbumId: string; btsId: string }> {
  return (await fetch(`${emulator.url}/__emulator/fixtures`)).json() as Promise<{ bigAlbumId: string; btsId: string }>;
}

export async function accessToken(emulator: Service): Promise<string> {
  const response = await fetch(`${emulator.url}/api/token`, {
    method: 'POST',
    headers: {
      authorization: `Basic ${Buffer.from(`${DEMO_CLIENT.id}:${DEMO_CLIENT.secret}`).toString('base64')}`,
      'content-type': 'application/x-www-form-urlencoded',
    },
    body: 'grant_type=client_credentials',
  });
  return ((await response.json()) as { access_token: string }).access_token;
}

/** Distinct artists on an album's tracks: the full artists a query over them must load. */
export async function distinctTrackArtists(emulator: Service, token: string, albumId: string): Promise<number> {
  const album = (await (await fetch(`${emulator.url}/v1/albums/${albumId}`, { headers: { authorization: `Bearer ${token}` } })).json()) as {
    tracks: { items: { artists: { id: string }[] }[] };
  };
  return new Set(album.tracks.items.flatMap((track) => track.artists.map((artist) => artist.id))).size;
}
