import express from 'express';

const app = express(); // expect: api/compression-missing, api/openapi-missing, api/versioning-missing, errors/global-handler-missing, headers/helmet-missing, ratelimit/missing
app.use(express.json());
app.post('/api/orders/import', (req, res) => res.json({ imported: (req.body.items || []).length }));
app.listen(process.env.PORT || 8080);
