import express from 'express';
import { throttle } from './lib/throttle';

const app = express();
app.use(throttle(100, 60));
app.use(express.json());

app.get('/products', (_req, res) => res.json([]));

app.listen(3000);
