import express from 'express';
import { slotLabel } from './helpers/slots.js';

const app = express();
app.get('/slots/:n', (req, res) => {
  res.json({ label: slotLabel(Number(req.params.n)) });
});
app.listen(3000);
