import express from 'express';
import helmet from 'helmet';
import { recipesRouter } from './recipes';

const app = express();

app.get('/', (_req, res) => {
  res.type('html').send('<h1>Recipes API</h1><p>See <a href="/docs">/docs</a>.</p>');
});

app.use(helmet({ contentSecurityPolicy: { directives: { defaultSrc: ["'self'"] } } })); // expect: headers/helmet-after-routes[warning]
app.use(express.json());
app.use('/api/recipes', recipesRouter);

app.listen(3000);
