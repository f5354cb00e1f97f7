import express from 'express';
import jwt from 'jsonwebtoken';
import { search, purge, source } from './bookmarks';

const app = express();
app.use(express.json());

function signedIn(req: express.Request, res: express.Response, next: express.NextFunction) {
  try {
    res.locals.user = jwt.verify(String(req.headers.authorization ?? '').slice(7), process.env.JWT_SECRET as string);
    next();
  } catch {
    res.status(401).end();
  }
}

app.post('/bookmarks', signedIn, async (req, res) => {
  await source.getRepository('Bookmark').save({ owner: res.locals.user.sub, url: String(req.body.url) });
  res.status(201).end();
});

// the search form posts its term
app.post('/bookmarks/search', async (req, res) => {
  res.json(await search(String(req.body.term ?? '')));
});

app.post('/bookmarks/purge', async (req, res) => { // expect: authn/unauthenticated-mutation
  await purge(String(req.body.folder));
  res.status(204).end();
});

source.initialize().then(() => app.listen(3000));
