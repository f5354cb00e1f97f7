import express from 'express';
import { normalizer } from './normalizer';
import { previews } from './preview';

const app = express();
app.use(express.json());

// short links are followed only on the link service's own host
app.post('/links', async (req, res) => {
  const { url } = req.body;
  const id = await normalizer.normalize(url);
  res.json({ id });
});

app.post('/previews', async (req, res) => {
  const html = await previews.preview(req.body.link);
  res.type('text/plain').send(html);
});

app.listen(3000);
