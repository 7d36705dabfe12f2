import type { LoggerService } from '@nestjs/common';
import { pino, type Logger } from 'pino';

/** Structured JSON logs; secrets are redacted wherever they might appear. */
export function createLogger(level: string): Logger {
  return pino({
    level,
    base: { service: 'ketenwerk' },
    redact: {
      paths: [
        'req.headers.cookie', 'req.headers.authorization', 'res.headers["set-cookie"]',
        '*.password', '*.currentPassword', '*.newPassword', '*.token', '*.passwordHash',
      ],
      censor: '[redacted]',
    },
  });
}

/** Lets Nest's Logger write through pino: `log.error({ err }, 'message')` or `log.log('message')`. */
export class NestPinoLogger implements LoggerService {
  constructor(private readonly pino: Logger) {}

  private write(level: 'info' | 'warn' | 'error' | 'debug' | 'trace' | 'fatal', message: unknown, params: unknown[]) {
    // Nest passes the context (the logger's name) as the last parameter.
    const context = typeof params[params.length - 1] === 'string' ? (params.pop() as string) : undefined;
    if (message && typeof message === 'object') {
      const text = typeof params[0] === 'string' ? params[0] : undefined;
      this.pino[level]({ context, ...(message as object) }, text);
    } else {
      this.pino[level]({ context }, String(message));
    }
  }
  log(message: unknown, ...params: unknown[]) { this.write('info', message, params); }
  warn(message: unknown, ...params: unknown[]) { this.write('warn', message, params); }
  error(message: unknown, ...params: unknown[]) { this.write('error', message, params); }
  debug(message: unknown, ...params: unknown[]) { this.write('debug', message, params); }
  verbose(message: unknown, ...params: unknown[]) { this.write('trace', message, params); }
  fatal(message: unknown, ...params: unknown[]) { this.write('fatal', message, params); }
}
