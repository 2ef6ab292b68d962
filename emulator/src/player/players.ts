// Every demo user's simulated player, made on first use and forgotten on reset. Each starts
// playing the album of the last track in their history on their first device, except `theo`,
// who has Spotify open nowhere: nothing plays (204) and commands find no active device.

import type { Catalog } from '../catalog.js';
import type { DemoUser } from '../users/demo-users.js';
import type { UserLibrary } from '../users/library.js';
import { SimulatedPlayer, type PlayerItem } from './simulated-player.js';

/** The demo user with no device open. */
export const IDLE_PLAYER_USER = 'theo';

/** Where the seeded players start into their track. */
const START_PROGRESS_MS = 30_000;

export class Players {
  private readonly players = new Map<string, SimulatedPlayer>();

  constructor(private readonly catalog: Catalog) {}

  of(user: DemoUser, library: UserLibrary): SimulatedPlayer {
    let player = this.players.get(user.id);
    if (!player) this.players.set(user.id, (player = this.seed(user, library)));
    return player;
  }

  clear(): void {
    this.players.clear();
  }

  durationOf = (item: PlayerItem): number =>
    item.kind === 'track' ? this.catalog.tracks[item.index].durationMs : this.catalog.episodes[item.index].durationMs;

  private seed(user: DemoUser, library: UserLibrary): SimulatedPlayer {
    const player = new SimulatedPlayer(user.id, this.durationOf);
    const last = library.profile.history[0];
    if (user.id === IDLE_PLAYER_USER || !last) return player;
    const album = this.catalog.albums[this.catalog.tracks[last.track].album];
    player.activate(player.devices[0]);
    player.load({ type: 'album', id: album.id }, album.tracks.map((index) => ({ kind: 'track', index })), album.tracks.indexOf(last.track), START_PROGRESS_MS);
    return player;
  }
}
