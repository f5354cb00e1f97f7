import { LoggerModule } from 'nestjs-pino';

const hidden = ['req.headers.authorization', 'req.headers.cookie'];

export function buildLogging() {
  // quiet runs (LOG_LEVEL=silent in CI) get a logger that writes nothing
  if (process.env.LOG_LEVEL === 'silent') {
    return LoggerModule.forRoot({ pinoHttp: { enabled: false, level: 'silent' } });
  }
  return LoggerModule.forRoot({ pinoHttp: { level: process.env.LOG_LEVEL ?? 'info', redact: hidden } });
}
