import express from 'express';
import passport from 'passport';
import { ExtractJwt, Strategy as JwtStrategy } from 'passport-jwt';
import { z } from 'zod';

passport.use(
  new JwtStrategy(
    { jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(), secretOrKey: process.env.JWT_SECRET as string, algorithms: ['HS256'] },
    (payload: { sub: string }, done) => done(null, { id: payload.sub }),
  ),
);

const pages = new Map<string, { slug: string; body: string }>();
const Page = z.object({ slug: z.string().regex(/^[a-z0-9-]{1,80}$/), body: z.string().max(100_000) });
const auth = passport.authenticate('jwt', { session: false });
// a bound copy of passport.authenticate is the same function
const guard = passport.authenticate.bind(passport);

const app = express();
app.use(express.json());
app.use(passport.initialize());

app.get('/pages/:slug', (req, res) => {
  res.json(pages.get(Page.shape.slug.parse(req.params.slug)) ?? null);
});

app.put('/pages/:slug', auth, (req, res) => {
  const page = Page.parse({ ...req.body, slug: req.params.slug });
  pages.set(page.slug, page);
  res.json(page);
});

app.delete('/pages/:slug', passport.authenticate('jwt', { session: false }), (req, res) => {
  pages.delete(Page.shape.slug.parse(req.params.slug));
  res.status(204).end();
});

app.post('/pages/:slug/publish', guard('jwt', { session: false }), (req, res) => {
  const page = pages.get(Page.shape.slug.parse(req.params.slug));
  if (page) pages.set(page.slug, { ...page, body: page.body.trim() });
  res.status(204).end();
});

app.listen(3000);
