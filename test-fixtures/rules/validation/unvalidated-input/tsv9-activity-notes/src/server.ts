import express from 'express';
import { router } from './routes';

const app = express();
app.use(express.json({ limit: '64kb' }));
app.use('/api/admin', router);
app.listen(3000);
