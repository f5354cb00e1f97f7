import express from 'express';
import { items } from './routes/items';
import { countRows } from './services/items';

const app = express();
app.use(express.json());
app.use('/items', items);

// The nightly job counts whatever table the scheduler's message names: not request data, not a constant.
export function onNightlyMessage(message: { table: string }) {
  return countRows(message.table);
}
app.listen(3000);
