import { useEffect, useState } from 'react';
import { SignInButton } from '../components/SignInButton';
import { navigate } from '../router';
import { finishSignIn, SignInFailed } from '../session';
import { useTitle } from '../useTitle';

/** Where the consent page sends the browser back: the code becomes a token, then the screen one left. */
export function CallbackScreen() {
  const [problem, setProblem] = useState<{ message: string; returnTo: string }>();
  useTitle('Signing in');
  useEffect(() => {
    finishSignIn(location.search).then(
      (returnTo) => navigate(returnTo || '/', { replace: true }),
      (error: unknown) =>
        setProblem(error instanceof SignInFailed ? { message: error.message, returnTo: error.returnTo } : { message: 'The sign-in did not finish. Try again.', returnTo: '/' }),
    );
  }, []);
  return (
    <main>
      <h1>{problem ? 'Not signed in' : 'Signing in…'}</h1>
      {problem && (
        <>
          <p role="alert">{problem.message}</p>
          <p className="actions">
            <a className="primary" href={problem.returnTo}>
              Back to where you were
            </a>
            <SignInButton label="Sign in again" />
          </p>
        </>
      )}
    </main>
  );
}
