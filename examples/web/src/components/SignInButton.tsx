import { appSettings } from '../settings';
import { startSignIn } from '../session';

/** Starts the sign-in, which comes back to this screen; nothing when the gateway offers none. */
export function SignInButton({ label = 'Sign in' }: { label?: string }) {
  if (!appSettings().signIn) return null;
  return (
    <button className="primary" onClick={() => void startSignIn()}>
      {label}
    </button>
  );
}
