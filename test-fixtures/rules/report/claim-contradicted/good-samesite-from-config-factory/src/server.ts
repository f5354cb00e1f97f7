import express from 'express';
import session from 'express-session';
import { loadAppConfig } from './config/app.config';

async function start() {
  const config = loadAppConfig();
  const app = express();
  app.use(express.json());
  app.use(session({ secret: config.session.secret, name: config.session.name, resave: false, saveUninitialized: false, cookie: config.session.cookie }));

  app.post('/posts', (req, res) => {
    if (!(req.session as any).userId) return res.status(401).end();
    res.status(201).json({ text: String(req.body.text).slice(0, 500) });
  });

  app.listen(3000);
}

start();
