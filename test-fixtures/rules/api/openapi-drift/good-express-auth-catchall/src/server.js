const express = require('express');
const { betterAuth } = require('better-auth');
const { toNodeHandler } = require('better-auth/node');

const auth = betterAuth({ emailAndPassword: { enabled: true } });
const app = express();

app.all('/api/auth/*', toNodeHandler(auth));
app.use(express.json());
app.get('/products', (req, res) => res.json([]));
app.get('/products/:id', (req, res) => res.json({ id: req.params.id }));

app.listen(3000);
