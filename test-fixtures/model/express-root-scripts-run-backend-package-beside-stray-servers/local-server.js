// an older single-file copy of the API, kept from before the api/ package
const express = require('express');

const app = express();
app.use(express.json());

app.post('/api/venues', (req, res) => {
  try {
    res.status(201).json({ name: req.body.name.trim() });
  } catch (error) {
    res.status(500).json({ error: error.message, stack: error.stack });
  }
});

app.listen(3001);
