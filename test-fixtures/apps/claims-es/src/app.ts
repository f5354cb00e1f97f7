import 'express-async-errors';
import cors from 'cors';
import express, { NextFunction, Request, Response } from 'express';
import rateLimit from 'express-rate-limit';
import helmet from 'helmet';
import mongoose from 'mongoose';
import { ZodError } from 'zod';
import { authRouter } from './auth';
import { reservasRouter } from './routes/reservas';

// Limitación de tasa: 100 peticiones cada 15 minutos por IP
export const limitador = rateLimit({
  windowMs: 15 * 60 * 1000,
  limit: 100,
  standardHeaders: true,
  legacyHeaders: false,
});

export const app = express(); // expect: api/openapi-missing, ratelimit/missing, api/versioning-missing, observability/metrics-missing, observability/tracing-missing, api/compression-missing

app.use(helmet());
app.use(cors({ origin: true, credentials: true })); // expect: cors/permissive-origin[error]
app.use(express.json({ limit: '20kb' }));

app.get('/health', (_req, res) => {
  const conectado = mongoose.connection.readyState === 1;
  res.status(conectado ? 200 : 503).json({ status: conectado ? 'ok' : 'sin base de datos' });
});

app.use('/api/auth', authRouter);
app.use('/api/reservas', reservasRouter);

app.use((err: unknown, _req: Request, res: Response, _next: NextFunction) => {
  if (err instanceof ZodError) {
    return res.status(400).json({ error: 'Datos inválidos', detalles: err.issues });
  }
  console.error(err); // expect: logging/console-in-server
  res.status(500).json({ error: 'Error interno del servidor' });
});
