import express from 'express';
import promBundle from 'express-prom-bundle';

const app = express();
app.use(promBundle({ includeMethod: true, includePath: true }));
app.get('/orders', (_req, res) => res.json([]));
app.listen(3000);
