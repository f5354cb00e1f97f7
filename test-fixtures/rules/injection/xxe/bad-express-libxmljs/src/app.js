const express = require('express');
const bodyParser = require('body-parser');
const libxmljs = require('libxmljs2');
const { readInvoice } = require('./xml');

const app = express();
app.use(bodyParser.text({ type: 'application/xml' }));

app.post('/invoices', (req, res) => {
  res.json(readInvoice(req.body));
});

app.post('/notes', (req, res) => {
  const doc = libxmljs.parseXmlString(req.body.toString(), { noent: true }); // expect: injection/xxe
  res.send(doc.root().text());
});

app.listen(3000);
