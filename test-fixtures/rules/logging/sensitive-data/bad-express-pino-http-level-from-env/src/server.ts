import express from 'express';
import pinoHttp from 'pino-http';

const app = express();
// the level comes from the environment: it may be 'silent', but as written every request is logged with its headers
app.use(pinoHttp({ level: process.env.LOG_LEVEL || 'info' })); // expect: logging/sensitive-data

app.get('/items', (_req, res) => res.json([]));
app.listen(3000);
