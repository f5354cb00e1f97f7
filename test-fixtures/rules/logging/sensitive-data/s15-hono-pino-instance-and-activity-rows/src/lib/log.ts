import pino from 'pino';

const hidden = ['req.headers.authorization', 'req.headers.cookie', 'password', 'token'];

export const makeLogger = (level = process.env.LOG_LEVEL ?? 'info') =>
  pino({
    level,
    redact: { paths: hidden, censor: '[hidden]' },
  });

export const log = makeLogger();
