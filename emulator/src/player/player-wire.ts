// The player's answers as the OpenAPI description shapes them: CurrentlyPlayingContextObject,
// DeviceObject, QueueObject. Items are the catalog's full tracks and episodes.

import type { AppMode } from '../wire-types.js';
import type { SpokenWire } from '../wire-spoken.js';
import type { Wire } from '../wire.js';
import type { Device, PlayerItem, SimulatedPlayer } from './simulated-player.js';

export function deviceJson(player: SimulatedPlayer, device: Device) {
  return {
    id: device.id,
    is_active: device.id === player.activeDevice,
    is_private_session: false,
    is_restricted: false,
    name: device.name,
    type: device.type,
    volume_percent: device.volume,
    supports_volume: true,
  };
}

export function itemJson(item: PlayerItem, wire: Wire, spokenWire: SpokenWire, mode: AppMode): unknown {
  return item.kind === 'track' ? JSON.parse(wire.fullTrackJson(item.index, mode)) : spokenWire.fullEpisode(item.index, mode);
}

/** Get Playback State; an episode is `item: null` unless the caller asked for episodes, as on Spotify. */
export function playbackJson(player: SimulatedPlayer, wire: Wire, spokenWire: SpokenWire, mode: AppMode, episodes: boolean) {
  const { current, context } = player;
  const device = player.devices.find((d) => d.id === player.activeDevice);
  const progress = player.progressMs;
  return {
    device: device && deviceJson(player, device),
    repeat_state: player.repeat,
    shuffle_state: player.shuffle,
    context: context && {
      type: context.type,
      href: `${wire.apiBase}/${context.type}s/${context.id}`,
      external_urls: { spotify: `https://open.spotify.com/${context.type}/${context.id}` },
      uri: `spotify:${context.type}:${context.id}`,
    },
    timestamp: player.changedAt,
    progress_ms: progress,
    is_playing: player.playing,
    item: current && (current.kind === 'track' || episodes) ? itemJson(current, wire, spokenWire, mode) : null,
    currently_playing_type: current?.kind ?? 'unknown',
    actions: player.playing ? { resuming: true } : { pausing: true },
  };
}
