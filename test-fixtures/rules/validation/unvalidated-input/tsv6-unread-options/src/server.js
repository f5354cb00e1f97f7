const express = require('express');
const { invoicePdf, exportInvoice } = require('./documents');

const app = express();

// language is passed along as an option nothing reads (a leftover of a removed translation step)
app.get('/invoices/:id/pdf', async (req, res, next) => {
  try {
    const pdf = await invoicePdf(req.params.id, { language: req.query.language || 'en' });
    res.type('application/pdf').send(pdf);
  } catch (e) {
    next(e);
  }
});

app.get('/invoices/:id/export', async (req, res, next) => {
  try {
    const file = await exportInvoice(req.params.id, { format: req.query.format }); // expect: validation/unvalidated-input
    res.json({ file });
  } catch (e) {
    next(e);
  }
});

app.listen(3000);
