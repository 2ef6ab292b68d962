import { useCSRFPrevention } from '@graphql-yoga/plugin-csrf-prevention';
import type { Plugin } from 'graphql-yoga';
import type { Config } from '../config.js';

/** The header browsers cannot send cross-site without a CORS preflight. */
export const CSRF_HEADER = 'x-graphql-csrf';

/**
 * CSRF prevention: a request a browser could send cross-site without a preflight (a GET,
 * or a POST with a "simple" content type) must carry a non-simple header. JSON POSTs from
 * apps and GraphiQL are unaffected.
 */
export function useBrowserProtection(config: Pick<Config, 'csrfPrevention'>): Plugin[] {
  return config.csrfPrevention ? [useCSRFPrevention({ requestHeaders: [CSRF_HEADER, 'x-graphql-yoga-csrf'] }) as Plugin] : [];
}
