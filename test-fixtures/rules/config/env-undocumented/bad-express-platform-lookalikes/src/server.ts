import express from 'express';

const app = express();
app.get('/map', (_req, res) => res.json({ token: process.env.MAPS_TOKEN, proxy: process.env.PROXY_SECRET, db: Boolean(process.env.DATABASE_URL) }));
app.listen(3000);
