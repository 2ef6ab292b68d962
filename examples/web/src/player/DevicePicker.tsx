import { useMemo, useState } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../gql';
import { usePlayer, userHeaders } from './PlayerProvider';

const DevicesQuery = graphql(`
  query Devices {
    me {
      player {
        devices {
          id
          name
          type
          isActive
          isRestricted
        }
      }
    }
  }
`);

const TransferMutation = graphql(`
  mutation TransferPlayback($deviceId: String!) {
    transferPlayback(deviceId: $deviceId) {
      ...NowPlaying
    }
  }
`);

/** The user's devices, read when the picker opens; choosing one moves playback there. */
export function DevicePicker({ current }: { current: string | null }) {
  const { token, run } = usePlayer();
  const [open, setOpen] = useState(false);
  // One context object for the token: a new one each render would ask again each render.
  const context = useMemo(() => ({ fetchOptions: { headers: token ? userHeaders(token) : {} }, preferGetMethod: false as const }), [token]);
  const [result] = useQuery({ query: DevicesQuery, pause: !open || !token, requestPolicy: 'network-only', context });
  const devices = result.data?.me?.player.devices ?? [];
  return (
    <div className="device-picker">
      <button aria-expanded={open} onClick={() => setOpen(!open)}>
        Devices
      </button>
      {open && (
        <ul aria-label="Devices">
          {result.fetching && <li>Looking for devices…</li>}
          {!result.fetching && devices.length === 0 && <li>Open Spotify on a device to play here.</li>}
          {devices.map((device) => (
            <li key={device.id ?? device.name}>
              <button
                disabled={!device.id || device.isRestricted || device.id === current}
                onClick={() => {
                  setOpen(false);
                  if (device.id) void run(TransferMutation, { deviceId: device.id });
                }}
              >
                {device.name} <span className="detail">({device.type}{device.id === current ? ', playing' : ''})</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
