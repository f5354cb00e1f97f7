import express from 'express';
import * as v from 'valibot';
import { saveFeedback, listFeedback } from './store';

const app = express();
app.use(express.json());

const FeedbackSchema = v.object({
  rating: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(5)),
  comment: v.optional(v.pipe(v.string(), v.maxLength(1000))),
});
const ListSchema = v.object({ product: v.pipe(v.string(), v.regex(/^[a-z0-9-]{1,40}$/)) });

app.get('/feedback', async (req, res) => {
  const { product } = v.parse(ListSchema, req.query);
  res.json(await listFeedback(product));
});

app.post('/products/:product/feedback', async (req, res) => {
  const params = v.safeParse(ListSchema, req.params);
  const body = v.safeParse(FeedbackSchema, req.body);
  if (!params.success || !body.success) return res.status(400).json({ error: 'Invalid feedback' });
  res.status(201).json(await saveFeedback(params.output.product, body.output));
});

export default app;
