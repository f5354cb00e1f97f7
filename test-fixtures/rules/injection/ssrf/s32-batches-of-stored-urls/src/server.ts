import express from 'express';
import { Migration } from './migration';

const app = express();
app.use(express.json());
const migration = new Migration();

app.post('/api/migration/start', async (req, res) => {
  const { batchSize = 10 } = req.body;
  await migration.run({ batchSize });
  res.sendStatus(202);
});

app.post('/api/migration/preview', async (req, res) => {
  res.json({ status: await migration.preview(req.body.url) });
});

app.listen(3000);
