import express, { Request, Response, NextFunction } from 'express';

class HttpError extends Error {
  constructor(public status: number, message: string) {
    super(message);
  }
}

const app = express();
app.get('/products', (_req, res) => res.json([]));
app.use((err: Error, _req: Request, res: Response, _next: NextFunction) => {
  res.status(err instanceof HttpError ? err.status : 500).json({ error: err.message });
});
app.listen(3000);
