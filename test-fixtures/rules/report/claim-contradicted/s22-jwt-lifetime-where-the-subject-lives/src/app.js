const express = require('express');
const { generateToken, protect } = require('./middleware/auth');
const { googleCallback } = require('./controllers/googleAuthController');

const app = express();
app.use(express.json());

app.post('/api/auth/login', (req, res) => res.json({ token: generateToken({ id: String(req.body.email) }) }));
app.get('/api/auth/google/callback', googleCallback);
app.get('/api/me', protect, (req, res) => res.json(req.user));

app.listen(3000);
