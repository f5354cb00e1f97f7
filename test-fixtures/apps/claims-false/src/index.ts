import 'dotenv/config';
import 'express-async-errors';
import cors from 'cors';
import express, { NextFunction, Request, Response } from 'express';
import rateLimit from 'express-rate-limit';
import helmet from 'helmet';
import authRoutes from './routes/auth';
import postRoutes from './routes/posts';

const app = express(); // expect: api/openapi-missing, headers/helmet-missing, api/versioning-missing, observability/metrics-missing, observability/tracing-missing, api/compression-missing
const PORT = process.env.PORT || 4000;

app.use(express.json());

// In production only our own frontend can call the API; during development allow everything.
app.use(cors({ origin: process.env.NODE_ENV === 'production' ? undefined : '*' })); // expect: cors/permissive-origin

// Rate limiting: 100 requests per minute per IP
const limiter = rateLimit({
  windowMs: 60 * 1000,
  limit: 100,
  standardHeaders: true,
  legacyHeaders: false,
  message: { message: 'Too many requests, please try again later.' },
});
app.use(limiter);

app.use('/api/auth', authRoutes);
app.use('/api/posts', postRoutes);

app.get('/health', (_req, res) => { // expect: observability/health-shallow
  res.json({ status: 'ok' });
});

app.use((err: Error, _req: Request, res: Response, _next: NextFunction) => {
  console.error(err); // expect: logging/console-in-server
  res.status(500).json({ message: 'Internal server error' });
});

app.listen(PORT, () => { // expect: errors/unhandled-rejection, lifecycle/graceful-shutdown-missing
  console.log(`Server running on port ${PORT}`);
});

export default app;
