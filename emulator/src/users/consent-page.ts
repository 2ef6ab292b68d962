// The consent page of GET /authorize: which app asks for which scopes, and one button per
// demo user to sign in as (or a cancel button). The form posts the request back unchanged.

import { DEMO_USERS } from './demo-users.js';
import { SCOPE_DESCRIPTIONS, type Scope } from './scopes.js';

const escape = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** `params` are the authorize request's own query parameters, carried in hidden fields. */
export function consentPage(params: Record<string, string>, scopes: readonly Scope[], seatsNote: string): string {
  const hidden = Object.entries(params)
    .map(([k, v]) => `<input type="hidden" name="${escape(k)}" value="${escape(v)}">`)
    .join('\n    ');
  const asked = scopes.length === 0
    ? '<li>Read your public profile</li>'
    : scopes.map((s) => `<li><code>${s}</code>: ${escape(SCOPE_DESCRIPTIONS[s])}</li>`).join('\n    ');
  const users = DEMO_USERS
    .map((u) => `<button type="submit" name="user" value="${u.id}">Continue as ${escape(u.displayName)} (${u.id})</button>`)
    .join('\n    ');
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Authorize - Spotify emulator</title></head>
<body>
  <h1>An app wants to connect to your account</h1>
  <p>It asks to:</p>
  <ul>
    ${asked}
  </ul>
  <p>${escape(seatsNote)}</p>
  <form method="post" action="/authorize">
    ${hidden}
    ${users}
    <button type="submit" name="decision" value="cancel">Cancel</button>
  </form>
</body>
</html>
`;
}
