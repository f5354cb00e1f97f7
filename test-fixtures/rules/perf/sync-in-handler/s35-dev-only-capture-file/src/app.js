import express from 'express';
import { sendWelcome } from './mailer.js';

const app = express();
app.use(express.json());

app.post('/api/stables/invite', async (req, res) => {
  await sendWelcome(String(req.body.email));
  res.status(202).json({ invited: true });
});

app.listen(3000);
