import { useEffect, useState } from 'react';
import type { CombinedError } from 'urql';
import { RETRYABLE, wordsFor } from '../error-words';
import { useSession } from '../session';
import { SignInButton } from './SignInButton';

/** What went wrong, in words, with what a person can do about it: wait, retry, or sign in. */
export function ErrorNotice({ error, retry }: { error: CombinedError; retry: () => void }) {
  const session = useSession();
  const codes = error.graphQLErrors.map((e) => e.extensions.code);
  const limited = error.graphQLErrors.find((e) => e.extensions.code === 'RATE_LIMITED' || e.extensions.code === 'CLIENT_RATE_LIMITED');
  if (limited) return <RateLimited reason={wordsFor(limited.extensions.code)} seconds={Number(limited.extensions.retryAfter) || 1} retry={retry} />;
  const messages = error.networkError && codes.length === 0 ? ['The gateway cannot be reached. Check your connection and try again.'] : [...new Set(codes.map(wordsFor))];
  const canRetry = (error.networkError && codes.length === 0) || codes.some((code) => RETRYABLE.has(String(code)));
  const signIn = codes.includes('UNAUTHENTICATED');
  return (
    <div className="notice" role="alert">
      {messages.map((message) => (
        <p key={message}>{message}</p>
      ))}
      {canRetry && <button onClick={retry}>Try again</button>}
      {signIn && <SignInButton label={session ? 'Sign in again' : 'Sign in'} />}
    </div>
  );
}

/** Counts down the wait Spotify (or the gateway) asked for: asking again sooner would only be refused. */
function RateLimited({ reason, seconds, retry }: { reason: string; seconds: number; retry: () => void }) {
  const [left, setLeft] = useState(seconds);
  useEffect(() => {
    if (left <= 0) return;
    const timer = setTimeout(() => setLeft(left - 1), 1000);
    return () => clearTimeout(timer);
  }, [left]);
  return (
    <div className="notice" role="alert">
      <p>
        {reason} {left > 0 ? `Try again in ${left} s.` : 'You can try again now.'}
      </p>
      <button onClick={retry} disabled={left > 0}>
        Try again
      </button>
    </div>
  );
}
