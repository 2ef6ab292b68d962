/**
 * The signed-in user's Spotify access token, where the demo sign-in keeps it (this tab's
 * sessionStorage, as GraphiQL's "Sign in" and the /auth/callback page leave it); null when no
 * one is signed in.
 */
export function signedInToken(): string | null {
  try {
    const user = JSON.parse(sessionStorage.getItem('spotify-gateway:user') ?? 'null') as { token?: unknown } | null;
    return typeof user?.token === 'string' ? user.token : null;
  } catch {
    return null;
  }
}
