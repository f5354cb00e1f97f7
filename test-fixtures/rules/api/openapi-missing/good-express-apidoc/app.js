const express = require('express');

const app = express();

/**
 * @api {get} /v1/invoices/:id Read one invoice
 * @apiName GetInvoice
 * @apiParam {String} id The invoice id.
 */
app.get('/v1/invoices/:id', (req, res) => res.json({ id: req.params.id }));

app.listen(3000);
