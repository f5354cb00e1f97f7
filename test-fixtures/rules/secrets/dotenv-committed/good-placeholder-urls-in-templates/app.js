require('dotenv').config();
const express = require('express');

const app = express();
app.get('/health', (req, res) => res.json({ ok: true, db: Boolean(process.env.DATABASE_URL), cache: Boolean(process.env.REDIS_URL) }));
app.listen(Number(process.env.PORT ?? 3000));
