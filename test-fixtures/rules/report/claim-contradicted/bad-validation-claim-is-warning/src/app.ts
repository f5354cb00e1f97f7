import express from 'express';

const app = express();
app.use(express.json());
app.post('/notes', (req, res) => {
  const { title, body } = req.body;
  res.status(201).json({ title, body });
});
app.listen(3000);
