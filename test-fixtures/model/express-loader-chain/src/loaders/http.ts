import express from 'express';
import helmet from 'helmet';
import rateLimit from 'express-rate-limit';
import settings from '../config';
import api from '../api';

export default ({ target }: { target: express.Application }) => {
  target.use(helmet());
  target.use(rateLimit({ windowMs: 60_000, limit: 60 }));
  target.get('/livez', (_req, res) => res.status(204).end());
  target.use(`${settings.http.base}/${settings.http.version}`, api());
};
