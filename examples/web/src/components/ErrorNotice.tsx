import { useEffect, useState } from 'react';
import type { CombinedError } from 'urql';

type GraphQLError = CombinedError['graphQLErrors'][number];

/** What a person can do about an error, from the gateway's stable `extensions.code`. */
function explain(error: GraphQLError): string {
  switch (error.extensions.code) {
    case 'NOT_FOUND':
      return 'Spotify has nothing under this link.';
    case 'UPSTREAM_UNAVAILABLE':
    case 'UPSTREAM_TIMEOUT':
      return 'Spotify is not answering right now. Try again in a moment.';
    case 'UPSTREAM_AUTH_FAILED':
      return 'The gateway cannot sign in to Spotify: its credentials need a look.';
    case 'INTERNAL_SERVER_ERROR':
      return 'Something went wrong in the gateway.';
    default:
      // BAD_USER_INPUT, FORBIDDEN and the rest say what was wrong in their message.
      return error.message;
  }
}

export function ErrorNotice({ error, retry }: { error: CombinedError; retry: () => void }) {
  const limited = error.graphQLErrors.find((e) => e.extensions.code === 'RATE_LIMITED');
  if (limited) return <RateLimited seconds={Number(limited.extensions.retryAfter) || 1} retry={retry} />;
  const messages = error.networkError
    ? ['The gateway cannot be reached. Is it running?']
    : [...new Set(error.graphQLErrors.map(explain))];
  return (
    <div className="notice" role="alert">
      {messages.map((message) => (
        <p key={message}>{message}</p>
      ))}
      <button onClick={retry}>Try again</button>
    </div>
  );
}

/** Counts down the wait Spotify asked for: asking again sooner would only be refused. */
function RateLimited({ seconds, retry }: { seconds: number; retry: () => void }) {
  const [left, setLeft] = useState(seconds);
  useEffect(() => {
    if (left <= 0) return;
    const timer = setTimeout(() => setLeft(left - 1), 1000);
    return () => clearTimeout(timer);
  }, [left]);
  return (
    <div className="notice" role="alert">
      <p>
        Spotify asks the gateway to slow down. {left > 0 ? `Try again in ${left} s.` : 'You can try again now.'}
      </p>
      <button onClick={retry} disabled={left > 0}>
        Try again
      </button>
    </div>
  );
}
