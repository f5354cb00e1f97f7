const express = require('express');
const morgan = require('morgan');

const app = express();
if (process.env.NODE_ENV === 'production') {
  app.use(morgan('combined')); // expect: logging/no-request-id
} else {
  app.use(morgan('dev'));
}
app.get('/shelves', (req, res) => res.json([]));
app.listen(3000);
