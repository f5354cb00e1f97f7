import cors from 'cors';
import express from 'express';
import helmet from 'helmet';
import { recipesRouter } from './recipes';

const app = express();

app.use(
  helmet({
    contentSecurityPolicy: { directives: { defaultSrc: ["'none'"], frameAncestors: ["'none'"] } },
    strictTransportSecurity: { maxAge: 31_536_000, includeSubDomains: true },
  }),
);
app.use(cors({ origin: ['https://recipes.example.com'] }));
app.use(express.json());

app.get('/health', (_req, res) => {
  res.json({ status: 'ok' });
});

app.use('/api/recipes', recipesRouter);

export default app;
