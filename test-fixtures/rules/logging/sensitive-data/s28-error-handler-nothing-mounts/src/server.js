const express = require('express');
const { asyncHandler, logFailure } = require('./middleware/errors');

const app = express();
app.use(express.json());
app.post('/api/notes', asyncHandler(async (req, res) => {
  res.status(201).json({ id: 1, text: String(req.body.text || '') });
}));
app.use(logFailure);
app.listen(process.env.PORT || 3000);
