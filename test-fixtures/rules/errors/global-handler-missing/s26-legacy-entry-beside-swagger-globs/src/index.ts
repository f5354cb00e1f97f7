// the first server of the project, kept when server.ts and app.ts replaced it: no script runs it any more
import express from 'express';
import pets from './routes/pets';

const app = express();
app.use(express.json({ limit: '1mb' }));
app.use('/api', pets);
app.listen(3000);
