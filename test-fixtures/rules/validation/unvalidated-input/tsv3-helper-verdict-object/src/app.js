import express from 'express';
import { analyse, validateImage, validateUpload } from './images.js';

const app = express();
app.use(express.json({ limit: '8mb' }));

app.post('/parts/scan', async (req, res) => {
  const { image, mimeType } = req.body || {};
  if (!image || !mimeType) return res.status(400).json({ error: 'image and mimeType are required' });
  const check = validateImage(image, mimeType);
  if (!check.valid) return res.status(400).json({ error: check.error });
  res.json(await analyse(image, mimeType));
});

app.post('/parts/upload', async (req, res) => {
  const { image, mimeType } = req.body || {}; // expect: validation/unvalidated-input
  if (!image || !mimeType) return res.status(400).json({ error: 'image and mimeType are required' });
  const check = validateUpload(image, mimeType);
  if (!check.valid) return res.status(400).json({ error: check.error });
  res.json(await analyse(image, mimeType));
});

app.listen(3000);
