import express from 'express';
import session from 'express-session';
import MongoStore from 'connect-mongo';
import { config } from './config';

export const app = express();
app.use(
  session({
    secret: config.session.secret,
    store: MongoStore.create({ mongoUrl: config.mongoUrl }),
    resave: false,
    saveUninitialized: false,
    cookie: { maxAge: config.session.maxAgeMs, sameSite: 'lax', secure: true },
  }),
);
app.listen(3000);
