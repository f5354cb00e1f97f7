import express, { NextFunction, Request, Response } from 'express';
import { peopleRoutes } from './routes/people';

const app = express();
app.use(express.json());
app.use('/api/people', peopleRoutes);

app.use((err: Error, req: Request, res: Response, next: NextFunction) => {
  res.status(500).json({ error: 'Internal server error' });
});

app.listen(process.env.PORT || 3000);
