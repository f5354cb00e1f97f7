import express from 'express';

const app = express();
const notes: { title: unknown; body: unknown }[] = [];
app.use(express.json());
app.post('/notes', (req, res) => {
  const { title, body } = req.body;
  notes.push({ title, body });
  res.status(201).json({ id: notes.length });
});
app.listen(3000);
