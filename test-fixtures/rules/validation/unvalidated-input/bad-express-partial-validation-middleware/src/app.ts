import express from 'express';
import { z } from 'zod';
import { validateRequest } from './validate';
import { findOrder } from './orders';
const IdParams = z.object({ id: z.string().uuid() });
const app = express();

app.get('/orders/:id', validateRequest({ params: IdParams }), async (req, res) => {
  res.json(await findOrder(req.params.id, req.query.expand)); // expect: validation/unvalidated-input
});

app.get('/orders/:id/lines', validateRequest({ params: IdParams, query: z.object({ page: z.coerce.number() }) }), (req, res) => {
  res.json({ id: req.params.id, page: req.query.page });
});

app.listen(3000);
