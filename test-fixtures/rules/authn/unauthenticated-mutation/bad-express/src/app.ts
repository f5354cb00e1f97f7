import express from 'express';
import { authRouter } from './routes/auth';
import { projectsRouter } from './routes/projects';

const app = express();
app.use(express.json());

app.use('/api/auth', authRouter);
app.use('/api/projects', projectsRouter);

export default app;
