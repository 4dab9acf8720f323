import pino from 'pino';

export type Logger = pino.Logger;

/** One structured JSON logger per process; children carry the service name and request id. */
export function createLogger(service: string, level = 'info'): Logger {
  return pino({ level, base: { service }, timestamp: pino.stdTimeFunctions.isoTime });
}
