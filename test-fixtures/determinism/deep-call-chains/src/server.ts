import express from 'express';
import { notesRouter } from './routes/notes';
import { filtersRouter } from './routes/filters';
import { threadsRouter } from './routes/threads';
import { requireUser, requireUserShallow } from './auth/session';

const app = express();
app.use(express.json());

app.use('/notes', requireUser, notesRouter);
app.use('/filters', requireUserShallow, filtersRouter);
app.use('/threads', threadsRouter);

app.listen(Number(process.env.PORT ?? 3000));
