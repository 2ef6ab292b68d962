import { useEffect, useState } from 'react';
import { Picture } from '../components/Picture';
import { graphql, readFragment } from '../gql';
import { href } from '../router';
import { DevicePicker } from './DevicePicker';
import { NowPlayingFragment, usePlayer } from './PlayerProvider';
import './player.css';

const PauseMutation = graphql(`
  mutation Pause {
    pause {
      ...NowPlaying
    }
  }
`);

const ResumeMutation = graphql(`
  mutation Resume {
    play {
      ...NowPlaying
    }
  }
`);

const NextMutation = graphql(`
  mutation SkipToNext {
    skipToNext {
      ...NowPlaying
    }
  }
`);

const PreviousMutation = graphql(`
  mutation SkipToPrevious {
    skipToPrevious {
      ...NowPlaying
    }
  }
`);

const clock = (ms: number) => {
  const seconds = Math.floor(ms / 1000);
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
};

/** Re-renders twice a second while `on`, so the progress bar moves between the gateway's changes. */
function useTicking(on: boolean): number {
  const [now, setNow] = useState(Date.now);
  useEffect(() => {
    if (!on) return;
    const timer = setInterval(() => setNow(Date.now()), 500);
    return () => clearInterval(timer);
  }, [on]);
  return now;
}

/**
 * What the signed-in user is playing, at the foot of every screen: cover, title, artists,
 * progress and the controls, live through `playbackChanged`. Nothing without a signed-in user.
 */
export function NowPlayingBar() {
  const { token, playback, problem, run } = usePlayer();
  const state = playback?.state ? readFragment(NowPlayingFragment, playback.state) : null;
  const now = useTicking(state?.isPlaying ?? false);
  if (!token) return null;
  const item = state?.item;
  const duration = item?.durationMs ?? 0;
  // Progress moves on with this tab's clock between changes: the gateway sends no ticks.
  const progress = Math.min(duration, (state?.progressMs ?? 0) + (state?.isPlaying ? now - playback!.receivedAt : 0));
  const images = item?.__typename === 'Track' ? item.album?.images ?? null : item?.__typename === 'Episode' ? item.show?.images ?? null : null;
  return (
    <footer className="now-playing" aria-label="Now playing">
      <div className="now-playing-item">
        {item ? <Picture images={images} size={56} alt="" /> : <div className="picture empty" aria-hidden="true" />}
        <div>
          <div className="now-playing-title">{item?.name ?? (playback ? 'Nothing playing' : 'Connecting…')}</div>
          <div className="now-playing-artists">
            {item?.__typename === 'Track' &&
              item.artists.map((artist, index) => (
                <span key={artist.id}>
                  {index > 0 && ', '}
                  <a href={href({ screen: 'artist', id: artist.id })}>{artist.name}</a>
                </span>
              ))}
            {item?.__typename === 'Episode' && item.show?.name}
          </div>
        </div>
      </div>
      <div className="now-playing-controls">
        <div className="now-playing-buttons">
          <button aria-label="Previous" onClick={() => void run(PreviousMutation, {})} disabled={!item}>
            ⏮
          </button>
          {state?.isPlaying ? (
            <button aria-label="Pause" onClick={() => void run(PauseMutation, {})}>
              ⏸
            </button>
          ) : (
            <button aria-label="Play" onClick={() => void run(ResumeMutation, {})} disabled={!item}>
              ▶
            </button>
          )}
          <button aria-label="Next" onClick={() => void run(NextMutation, {})} disabled={!item}>
            ⏭
          </button>
        </div>
        <div className="now-playing-progress">
          <span>{clock(progress)}</span>
          <progress max={duration || 1} value={progress} aria-label="Progress" />
          <span>{clock(duration)}</span>
        </div>
        {problem && (
          <p className="now-playing-problem" role="alert">
            {problem}
          </p>
        )}
      </div>
      <DevicePicker current={state?.device?.id ?? null} />
    </footer>
  );
}
