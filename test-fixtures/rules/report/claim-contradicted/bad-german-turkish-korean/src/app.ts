import express from 'express';
import cors from 'cors';

const app = express();
app.use(cors());
app.get('/products', (_req, res) => res.json([]));
app.listen(3000);
