import { useEffect, useState } from 'react';
import { SignInButton } from '../components/SignInButton';
import { navigate } from '../router';
import { finishSignIn, SignInFailed } from '../session';
import { useTitle } from '../useTitle';

/** Where the consent page sends the browser back: the code becomes a token, then the screen one left. */
export function CallbackScreen() {
  const [problem, setProblem] = useState<string>();
  useTitle('Signing in');
  useEffect(() => {
    finishSignIn(location.search).then(
      (returnTo) => navigate(returnTo || '/', { replace: true }),
      (error: unknown) => setProblem(error instanceof SignInFailed ? error.message : 'The sign-in did not finish. Try again.'),
    );
  }, []);
  return (
    <main>
      <h1>{problem ? 'Not signed in' : 'Signing in…'}</h1>
      {problem && (
        <>
          <p role="alert">{problem}</p>
          <p>
            <SignInButton label="Sign in again" /> <a href="/">Go to search</a>
          </p>
        </>
      )}
    </main>
  );
}
