import express from 'express';

const app = express();
app.use(express.json({ limit: '20mb' })); // expect: api/body-limit

app.post('/api/transactions', (req, res) => res.status(201).json(req.body));
app.listen(process.env.PORT || 4000);

export default app;
