import express from 'express';
import winston from 'winston';

const logger = winston.createLogger({ level: 'debug', transports: [new winston.transports.Console()] });
const SECRET_FIELDS = ['password', 'token', 'secret', 'apiKey'];

const hide = (value) => (typeof value === 'string' ? `${value.slice(0, 2)}***` : '***');

// a copy of the body whose secret fields are masked before it is logged
export const bodyLogger = (req, res, next) => {
  const shown = { ...req.body };
  for (const field of SECRET_FIELDS) {
    if (shown[field]) {
      shown[field] = hide(shown[field]);
    }
  }
  logger.debug('request', { method: req.method, path: req.path, body: shown });
  next();
};

// the body itself, on failure
export const failureLogger = (err, req, res, next) => {
  logger.error('request failed', { path: req.path, error: err.message, body: req.body }); // expect: logging/sensitive-data
  next(err);
};

const app = express();
app.use(express.json());
app.use(bodyLogger);
app.post('/login', (req, res) => {
  if (req.body.password !== process.env.ADMIN_PASSWORD) return res.status(401).json({ error: 'no' });
  res.json({ ok: true });
});
app.use(failureLogger);
app.listen(3000);
