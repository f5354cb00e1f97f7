import express, { Router } from 'express';
import rateLimit from 'express-rate-limit';
import { likes } from './likes';
import { needUser } from './auth';

const app = express();
app.use(express.json());
const api = Router();
const likeLimiter = rateLimit({ windowMs: 60_000, limit: 20 });
const posts: { id: string; text: string }[] = [];

api.post('/posts', needUser, (req, res) => {
  posts.push({ id: String(posts.length + 1), text: String(req.body.text) });
  res.status(201).json(posts[posts.length - 1]);
});

// limits likes only: passes every request on to the like route mounted below
api.post('/posts/:id/like', likeLimiter);
api.use('/posts', likes);

// open by mistake
api.delete('/posts', (req, res) => { // expect: authn/unauthenticated-mutation
  posts.length = 0;
  res.status(204).end();
});

// an endpoint with a quota of its own (answers 429 itself): still an endpoint, and open by mistake
let asked = 0;
api.post('/ask', (req, res) => { // expect: authn/unauthenticated-mutation
  if (asked >= 100) return res.status(429).json({ error: 'quota used up' });
  asked += 1;
  posts.push({ id: String(posts.length + 1), text: String(req.body.q) });
  res.status(201).end();
});

app.use('/api', api);
app.listen(3000);
