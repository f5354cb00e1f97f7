import express from 'express';

const app = express();
app.get('/search/ready', (_req, res) => res.json({ cluster: process.env.SEARCH_CLUSTER_URL !== undefined }));
app.listen(5001);
