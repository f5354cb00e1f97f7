import express, { type NextFunction, type Request, type Response } from 'express';
import jwt from 'jsonwebtoken';

const app = express(); // expect: api/openapi-missing, ratelimit/missing, headers/helmet-missing, errors/global-handler-missing, api/versioning-missing, config/env-not-validated, observability/health-missing, observability/metrics-missing, observability/tracing-missing, api/compression-missing

app.use(express.json());

function authMiddleware(req: Request, res: Response, next: NextFunction) {
  const header = req.headers.authorization;
  if (!header?.startsWith('Bearer ')) {
    res.status(401).json({ error: 'Unauthorized' });
    return;
  }
  try {
    res.locals.user = jwt.verify(header.slice(7), process.env.JWT_SECRET as string, { algorithms: ['HS256'] }); // expect: config/env-undocumented
    next();
  } catch {
    res.status(401).json({ error: 'Unauthorized' });
  }
}

// Declared before the auth middleware: public.
app.get('/a', (_req, res) => {
  res.json({ public: true });
});

// Everything registered from here on goes through authMiddleware.
app.use(authMiddleware);

app.post('/b', (_req, res) => {
  res.status(201).json({ createdBy: res.locals.user.sub });
});

app.listen(3000); // expect: errors/unhandled-rejection, lifecycle/graceful-shutdown-missing
