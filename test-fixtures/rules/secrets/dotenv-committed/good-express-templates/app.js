require('dotenv').config({ path: `.env.${process.env.NODE_ENV ?? 'development'}` });
const express = require('express');

const app = express();
app.get('/health', (req, res) => res.json({ ok: true }));
app.listen(Number(process.env.PORT));
