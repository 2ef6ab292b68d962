import type { CORSOptions } from 'graphql-yoga';
import type { Config } from '../config.js';

/**
 * CORS for browser apps on other origins: CORS_ORIGINS lists them (unset: any origin). The
 * gateway uses no cookies, so credentials are never allowed; browsers may read the request id
 * of an answer, to quote it when something went wrong.
 */
export function corsOptions(config: Pick<Config, 'corsOrigins'>): CORSOptions {
  return {
    origin: config.corsOrigins ?? ['*'],
    credentials: false,
    exposedHeaders: ['x-request-id'],
    maxAge: 600,
  };
}
