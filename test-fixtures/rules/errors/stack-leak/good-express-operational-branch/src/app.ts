import express from 'express';

const app = express();
app.get('/orders', (req, res) => { res.json([]); });
app.use((err, req, res, next) => {
  // express-jwt's errors are meant for the client
  if (err.name === 'UnauthorizedError') {
    return res.status(err.status).send({ message: err.message });
  }
  return next(err);
});
app.use((err, req, res, next) => {
  console.error(err);
  res.status(500).json({ message: 'Internal Server Error' });
});
app.listen(3000);
