import express from 'express';
import xss from 'xss-clean';

const app = express();
app.use(express.json());
// xss-clean HTML-escapes every string of req.body, req.query and req.params before the routes
app.use(xss());

app.get('/hello', (req, res) => {
  res.send(`<h1>Hello ${req.query.name}</h1>`);
});

app.post('/sign', (req, res) => {
  res.send('<p>Thanks, ' + req.body.name + '</p>');
});

app.listen(3000);
