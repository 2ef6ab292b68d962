import type { Config } from '../config.js';
import type { LogLevel } from '../logger.js';

/**
 * How the process logs: JSON lines for log collectors, readable lines for a person at a
 * terminal. `auto` tells them apart by whether standard output is a terminal.
 */
export function logOptions(config: Pick<Config, 'logFormat' | 'logLevel'>, isTerminal: boolean): { pretty: boolean; level: LogLevel } {
  const pretty = config.logFormat === 'pretty' || (config.logFormat === 'auto' && isTerminal);
  return { pretty, level: config.logLevel };
}
