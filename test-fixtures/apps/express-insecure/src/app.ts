import express, { type NextFunction, type Request, type Response } from 'express';
import cors from 'cors';
import { authRouter } from './routes/auth';
import { usersRouter } from './routes/users';
import { projectsRouter } from './routes/projects';

const app = express(); // expect: api/openapi-missing, ratelimit/missing, headers/helmet-missing, api/versioning-missing, config/env-not-validated, observability/metrics-missing, observability/tracing-missing, api/compression-missing

app.use(cors({ origin: true, credentials: true })); // expect: cors/permissive-origin[error]
app.use(express.json());

app.get('/health', (_req, res) => { // expect: observability/health-shallow
  res.json({ status: 'ok', uptime: process.uptime() });
});

app.use('/api/auth', authRouter);
app.use('/api/users', usersRouter);
app.use('/api/projects', projectsRouter);

app.use((err: Error, _req: Request, res: Response, _next: NextFunction) => {
  console.error(err); // expect: logging/console-in-server
  res.status(500).json({ error: err.message }); // expect: errors/stack-leak
});

export default app;
