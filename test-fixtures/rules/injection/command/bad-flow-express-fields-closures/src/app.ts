import express from 'express';
import multer from 'multer';
import { BuildJob } from './job';
import { convert, archiveAll } from './tools';

const app = express();
const upload = multer({ dest: '/tmp/uploads' });

// a class that keeps the client's branch in a field and runs it later
app.post('/builds', express.json(), async (req, res) => {
  const job = new BuildJob(req.body.branch, { retries: 2 });
  res.json({ log: await job.start() });
});

// the uploaded file's own name, through a helper that wraps exec in a promise
app.post('/convert', upload.single('doc'), async (req, res) => {
  const out = await convert(req.file.originalname);
  res.send(out);
});

// values settled by a promise, then spread into an options object
app.post('/archive', express.json(), async (req, res) => {
  const dir = await Promise.resolve(req.body.dir);
  const opts = { level: 9, ...{ target: dir } };
  res.send(await archiveAll(opts));
});

app.listen(3000);
