import express from 'express';
import { admin } from './routes/admin';
import { accounts } from './routes/accounts';

const app = express();
app.use(express.json());
app.use('/admin', admin);
app.use('/api', accounts);
app.listen(3000);
