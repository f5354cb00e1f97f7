import express from 'express';

const app = express();
app.use(express.json());

const MAX_DEVICES = 5;
app.post('/devices', (_req, res) => res.json({ max: MAX_DEVICES }));

app.listen(3000);
