const express = require('express');
const Invoice = require('../models');
const invoiceController = require('../controllers/invoiceController');

const router = express.Router();

router.get('/:invoice_id/lines', async (req, res, next) => {
  try {
    const invoice = await Invoice.findById(req.params.invoice_id);
    if (!invoice) return res.status(404).json({ error: 'not found' });
    res.json(invoice.lines);
  } catch (err) {
    next(err);
  }
});

router.put('/:invoice_id/lines/:n', async (req, res, next) => {
  try {
    const invoice = await Invoice.findById(req.params.invoice_id);
    if (!invoice) return res.status(404).json({ error: 'not found' });
    res.json(invoice);
  } catch (err) {
    next(err);
  }
});

// only looks, then passes on: the next route of the same path still runs
router.get('/:invoice_id/summary', (req, res, next) => {
  res.locals.seen = true;
  next();
});
router.get('/:invoiceId/summary', async (req, res) => {
  res.json({ id: req.params.invoiceId });
});

// the same paths again (a later refactor left both): the routes above answer first
router.get('/:invoiceId/lines', invoiceController.listLines);
router.put('/:invoiceId/lines/:n', invoiceController.updateLine);
// a literal segment after a parameter route of the same shape: '/:invoice_id/lines/:n' takes 'totals' as n
router.put('/:invoiceId/lines/totals', invoiceController.updateLine);

module.exports = router;
