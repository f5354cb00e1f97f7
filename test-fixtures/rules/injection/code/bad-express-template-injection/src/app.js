const express = require('express');
const ejs = require('ejs');
const nunjucks = require('nunjucks');
const pug = require('pug');
const Handlebars = require('handlebars');

const app = express();
nunjucks.configure({ autoescape: true });

// the request text becomes the template itself: its code runs on the server
app.get('/card', (req, res) => {
  const html = ejs.render('<p>' + req.query.greeting + '</p>'); // expect: injection/code
  res.send(html);
});

app.get('/banner', (req, res) => {
  res.send(nunjucks.renderString(req.query.message, {})); // expect: injection/code
});

app.post('/preview', (req, res) => {
  res.send(pug.render(req.body.source)); // expect: injection/code
});

app.post('/mail-preview', (req, res) => {
  const tpl = Handlebars.compile(req.body.template); // expect: injection/code
  res.send(tpl({ name: 'Ada' }));
});

// request data passed as template data, with a fixed template, is not template injection
app.get('/hello', (req, res) => {
  res.send(ejs.render('<p>Hello <%= name %></p>', { name: String(req.query.name) }));
});

app.get('/notice', (req, res) => {
  res.send(nunjucks.renderString('<p>{{ text }}</p>', { text: req.query.text }));
});

app.listen(3000);
