import express, { Request, Response } from 'express';
import { listArticles } from './service';
import { listQuerySchema } from './validation';

const app = express();

app.get('/articles', async (req: Request, res: Response) => {
  const parsed = listQuerySchema.safeParse(req.query);
  if (!parsed.success) return res.status(400).json({ error: parsed.error.issues[0].message });
  const query = parsed.data;
  res.json(await listArticles(query));
});

app.listen(3000);
