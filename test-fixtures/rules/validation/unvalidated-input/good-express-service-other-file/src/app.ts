import express, { type NextFunction, type Request, type Response } from 'express';
import { ZodError } from 'zod';
import { accountsRouter } from './routes/accounts';

const app = express();
app.use(express.json());
app.use('/accounts', accountsRouter);

app.use((err: unknown, _req: Request, res: Response, next: NextFunction) => {
  if (err instanceof ZodError) return res.status(400).json({ issues: err.issues });
  next(err);
});

export default app;
