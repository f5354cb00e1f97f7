const express = require('express');
const morgan = require('morgan');

const app = express();
// colourful access lines while developing only; production runs without them
if (process.env.NODE_ENV === 'development') {
  app.use(morgan('dev'));
}
app.get('/shelves', (req, res) => res.json([]));
app.listen(3000);
