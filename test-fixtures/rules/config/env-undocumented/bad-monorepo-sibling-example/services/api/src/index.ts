import express from 'express';
import Redis from 'ioredis';

const queue = new Redis(process.env.TICKETS_QUEUE_URL as string);
const app = express();

app.get('/tickets/pending', async (_req, res) => res.json({ pending: await queue.llen('tickets'), db: Boolean(process.env.TICKETS_DB_URL) }));
app.listen(3000);
