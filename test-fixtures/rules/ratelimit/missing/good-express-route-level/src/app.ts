import express from 'express';
import { authRouter } from './routes/auth';

const app = express();
app.use(express.json({ limit: '10kb' }));

app.get('/health', (_req, res) => {
  res.json({ status: 'ok' });
});

app.use('/auth', authRouter);

app.listen(3000);
