const express = require('express');

const app = express(); // expect: errors/global-handler-missing
app.get('/books', (req, res) => res.json([]));
// three parameters: Express calls this as ordinary middleware, never with an error
app.use((err, req, res) => {
  res.status(500).json({ error: 'Internal Server Error' });
});
app.listen(3000);
