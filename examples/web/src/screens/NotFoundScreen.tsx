import { useTitle } from '../useTitle';

/** A link to nothing: a made-up or mistyped id, or a path the app does not have. */
export function NotFoundScreen({ what, note }: { what?: string; note?: string }) {
  useTitle('Not found');
  return (
    <main className="not-found">
      <h1>{what ? `Spotify has no such ${what}` : 'There is nothing here'}</h1>
      <p>The link may be mistyped, or what it pointed to is gone.{note ? ` ${note}` : ''}</p>
      <p>
        <a className="primary" href="/">
          Go to search
        </a>
      </p>
    </main>
  );
}
