import express from 'express';
import multer from 'multer';
import fs from 'fs';
import { pool } from './db';
import { reserve, reserveStrict } from './quota';

const app = express();
app.use(express.json());
const upload = multer({ dest: '/tmp/uploads' });

app.post('/coach/ask', async (req, res) => {
  const slot = await reserve(req.body.member);
  if (!slot.ok) return res.status(429).json({ error: 'limit reached', left: slot.left });
  res.json({ left: slot.left });
});

app.post('/coach/ask-strict', async (req, res) => { // expect: errors/async-handler-unwrapped
  const slot = await reserveStrict(req.body.member);
  res.json({ left: slot.left });
});

// the upload is dropped in finally, by a module loaded on demand whose function catches every failure
app.post('/imports', upload.single('file'), async (req, res) => {
  const file = req.file?.path;
  try {
    const text = await fs.promises.readFile(file!, 'utf8');
    await pool.query('INSERT INTO imports (body) VALUES ($1)', [text]);
    res.status(201).json({ ok: true });
  } catch (err) {
    res.status(500).json({ error: 'import failed' });
  } finally {
    if (file) {
      const { dropUpload } = await import('./files');
      await dropUpload(file);
    }
  }
});

// here finally unlinks the file itself: a failed unlink rejects past the catch
app.post('/imports/raw', upload.single('file'), async (req, res) => { // expect: errors/async-handler-unwrapped
  const file = req.file?.path;
  try {
    const text = await fs.promises.readFile(file!, 'utf8');
    await pool.query('INSERT INTO imports (body) VALUES ($1)', [text]);
    res.status(201).json({ ok: true });
  } catch (err) {
    res.status(500).json({ error: 'import failed' });
  } finally {
    if (file) await fs.promises.unlink(file);
  }
});

app.use((err: Error, req: express.Request, res: express.Response, next: express.NextFunction) => {
  res.status(500).json({ error: 'internal error' });
});

app.listen(3000);
