const Invoice = require('../models');

// a second implementation, declared after the inline routes of the same paths: Express never reaches it
exports.listLines = async (req, res) => {
  const invoices = await Invoice.find({ owner: req.query.owner });
  res.json(invoices.flatMap((i) => i.lines));
};

exports.updateLine = async (req, res) => {
  const invoice = await Invoice.findById(req.params.invoiceId);
  invoice.lines[Number(req.params.n)].amount = Number(req.body.amount);
  await invoice.save();
  res.json(invoice);
};
