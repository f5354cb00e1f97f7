import express from 'express';
const app = express();
app.get('/x', (req, res) => res.json({}));
app.listen(3000);
