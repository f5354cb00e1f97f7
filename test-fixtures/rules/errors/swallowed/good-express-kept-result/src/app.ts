import express from 'express';
import { promises as fs } from 'fs';
import path from 'path';

const root = path.resolve(process.env.FILES_ROOT ?? './files');
const app = express();

app.get('/files/:name/meta', async (req, res) => {
  const name = path.basename(req.params.name);
  // a missing file is a normal answer here: the failed stat becomes undefined and is tested below
  const stat = await fs.stat(path.join(root, name)).catch(() => {});
  if (!stat) return res.status(404).json({ error: 'not found' });
  res.json({ name, size: stat.size, modified: stat.mtime });
});

app.listen(3000);
