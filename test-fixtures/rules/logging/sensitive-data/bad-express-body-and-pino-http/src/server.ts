import express from 'express';
import pino from 'pino';
import pinoHttp from 'pino-http';

const logger = pino();
const app = express();
app.use(express.json());
app.use(pinoHttp({ logger })); // expect: logging/sensitive-data

app.post('/login', (req, res) => {
  logger.info(req.body, 'login attempt'); // expect: logging/sensitive-data
  res.json({ ok: true });
});

app.post('/reset', (req, res) => {
  const { email, newPassword } = req.body;
  req.log.debug({ email, newPassword }, 'password reset'); // expect: logging/sensitive-data
  res.json({ ok: true });
});

app.listen(3000);
