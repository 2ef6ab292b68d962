import type { Query } from '../upstream/web-api-client.js';
import { SpotifyRestrictionError } from '../upstream/errors.js';
import type { HttpMethod } from '../upstream/transport.js';
import type { BoundUserCall } from './endpoints.js';
import { OPERATION_SCOPES } from './scopes.js';
import type { PlaybackDevice, PlaybackQueue, PlaybackState, RepeatState } from './types.js';

/** What `play` starts: a context (album, playlist, artist, show) or a list of track/episode URIs. */
export interface PlayTarget {
  contextUri?: string;
  uris?: readonly string[];
  /** Where in the context or list to start: a position (from 0) or an item's URI. */
  offset?: { position: number } | { uri: string };
  positionMs?: number;
}

/**
 * The Web API's player for the signed-in user: reading the playback state, the devices and the
 * queue, and the commands. Every command is sent once and never retried (sent twice, "next"
 * skips twice). Spotify answers 403 "Restriction violated" to pausing a paused player or
 * resuming a playing one: that is the state asked for, so it counts as done.
 */
export class PlayerEndpoints {
  constructor(private readonly send: BoundUserCall) {}

  /** Null when nothing plays (Spotify answers 204). Episodes are asked for, else they come as `item: null`. */
  async state(): Promise<PlaybackState | null> {
    const path = '/me/player';
    const answer = await this.send({
      endpoint: 'me-player',
      method: 'GET',
      operation: `GET ${path}`,
      scopes: OPERATION_SCOPES[`GET ${path}`] ?? [],
      path,
      query: { additional_types: 'track,episode' },
      emptyBodyAccepted: true,
    });
    return (answer as PlaybackState | null) ?? null;
  }

  async devices(): Promise<PlaybackDevice[]> {
    const path = '/me/player/devices';
    const answer = (await this.send({ endpoint: 'me-player-devices', method: 'GET', operation: `GET ${path}`, scopes: OPERATION_SCOPES[`GET ${path}`] ?? [], path })) as {
      devices: PlaybackDevice[];
    };
    return answer.devices;
  }

  async queue(): Promise<PlaybackQueue> {
    const path = '/me/player/queue';
    return (await this.send({ endpoint: 'me-player-queue', method: 'GET', operation: `GET ${path}`, scopes: OPERATION_SCOPES[`GET ${path}`] ?? [], path })) as PlaybackQueue;
  }

  private async command(endpoint: string, method: Exclude<HttpMethod, 'GET'>, path: string, deviceId: string | undefined, query: Query = {}, body?: unknown): Promise<void> {
    const operation = `${method} ${path}`;
    await this.send({ endpoint, method, operation, scopes: OPERATION_SCOPES[operation] ?? [], path, query: { ...query, device_id: deviceId }, body, once: true });
  }

  /** Starts what `target` names, or resumes when it names nothing. */
  async play(target: PlayTarget, deviceId?: string): Promise<void> {
    const body = {
      context_uri: target.contextUri,
      uris: target.uris,
      offset: target.offset,
      position_ms: target.positionMs,
    };
    const resume = target.contextUri === undefined && target.uris === undefined;
    await this.unlessAlready(() => this.command('player-play', 'PUT', '/me/player/play', deviceId, {}, resume && target.positionMs === undefined ? undefined : body), resume, true);
  }

  async pause(deviceId?: string): Promise<void> {
    await this.unlessAlready(() => this.command('player-pause', 'PUT', '/me/player/pause', deviceId), true, false);
  }

  next(deviceId?: string): Promise<void> {
    return this.command('player-next', 'POST', '/me/player/next', deviceId);
  }

  previous(deviceId?: string): Promise<void> {
    return this.command('player-previous', 'POST', '/me/player/previous', deviceId);
  }

  seek(positionMs: number, deviceId?: string): Promise<void> {
    return this.command('player-seek', 'PUT', '/me/player/seek', deviceId, { position_ms: positionMs });
  }

  setRepeat(state: RepeatState, deviceId?: string): Promise<void> {
    return this.command('player-repeat', 'PUT', '/me/player/repeat', deviceId, { state });
  }

  setShuffle(on: boolean, deviceId?: string): Promise<void> {
    return this.command('player-shuffle', 'PUT', '/me/player/shuffle', deviceId, { state: String(on) });
  }

  setVolume(percent: number, deviceId?: string): Promise<void> {
    return this.command('player-volume', 'PUT', '/me/player/volume', deviceId, { volume_percent: percent });
  }

  /** Moves playback to `deviceId`; `play` starts it there, else it keeps its state. */
  transfer(deviceId: string, play: boolean | undefined): Promise<void> {
    return this.command('player-transfer', 'PUT', '/me/player', undefined, {}, { device_ids: [deviceId], play });
  }

  addToQueue(uri: string, deviceId?: string): Promise<void> {
    return this.command('player-queue-add', 'POST', '/me/player/queue', deviceId, { uri });
  }

  /**
   * A pause or resume refused as "Restriction violated" is done when the player already is as
   * asked (paused, playing); a restricted device refuses with the same words, and stays FORBIDDEN.
   */
  private async unlessAlready(send: () => Promise<void>, applies: boolean, playing: boolean): Promise<void> {
    try {
      await send();
    } catch (error) {
      if (!applies || !(error instanceof SpotifyRestrictionError)) throw error;
      const state = await this.state();
      if ((state?.is_playing ?? false) !== playing) throw error;
    }
  }
}
