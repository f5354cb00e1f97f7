import express from 'express';
import pino from 'pino';
import pinoHttp from 'pino-http';

const logger = pino({ redact: ['req.headers.authorization', 'req.headers.cookie'] });
const app = express();
app.use(express.json());
app.use(pinoHttp({ logger, redact: ['req.headers.authorization', 'req.headers.cookie'] }));

app.post('/login', (req, res) => {
  const { email } = req.body;
  req.log.info({ email, tokenType: 'bearer', passwordLength: String(req.body.password).length }, 'login attempt');
  res.json({ ok: true });
});

app.listen(3000);
