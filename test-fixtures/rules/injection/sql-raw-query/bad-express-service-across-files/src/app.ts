import express from 'express';
import { items } from './routes/items';
import { countRows } from './services/items';

const app = express();
app.use(express.json());
app.use('/items', items);

setInterval(() => countRows(process.env.AUDIT_TABLE ?? 'items'), 86_400_000);
app.listen(3000);
