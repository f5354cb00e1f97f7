import express from 'express';
import jwt from 'jsonwebtoken';
import crypto from 'node:crypto';

const app = express();
app.use(express.json());

// the payment gateway's sandbox merchant key, written out (a secrets finding of its own)
const secretKey = 'Kp9xWq2ZrT7vLm4N';

app.get('/api/pets', (_req, res) => res.json([]));
app.get('/api/staff/:id', (req, res) => res.json({ id: req.params.id }));

app.post('/api/login', (req, res) => {
  const token = jwt.sign({ sub: String(req.body.user) }, process.env.JWT_SECRET, { expiresIn: '1h' });
  res.json({ token });
});

app.post('/api/pay', (req, res) => {
  const signature = crypto.createHmac('sha256', secretKey).update(String(req.body.amount)).digest('base64');
  res.json({ signature });
});

app.listen(3000);
