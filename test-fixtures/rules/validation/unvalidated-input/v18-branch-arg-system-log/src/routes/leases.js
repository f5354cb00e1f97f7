const express = require('express');
const fs = require('fs');
const path = require('path');
const SystemLog = require('../models/SystemLog');
const Installment = require('../models/Installment');
const HttpError = require('../utils/HttpError');
const { planCost, describe } = require('../utils/schedule');

const router = express.Router();

router.post('/quote', async (req, res, next) => {
  try {
    const { amount, months, plan = 'flat' } = req.body;
    if (typeof amount !== 'number' || !Number.isInteger(months) || amount > 1e9 || months > 600) {
      return next(new HttpError('bad numbers', 400));
    }
    const cost = planCost(amount, months, plan);
    await SystemLog.createLog({ level: 'info', area: 'lease', text: 'quote', extra: { amount, months, plan } });
    res.json(cost);
  } catch (err) {
    next(err);
  }
});

router.post('/describe', async (req, res, next) => {
  try {
    const { amount, style } = req.body; // expect: validation/unvalidated-input
    if (typeof amount !== 'number') return next(new HttpError('bad amount', 400));
    res.json(describe(amount, style));
  } catch (err) {
    next(err);
  }
});

router.put('/:leaseId/installments/:seq', async (req, res, next) => {
  try {
    const { leaseId, seq } = req.params;
    const row = await Installment.findOne({ leaseId, seq: parseInt(seq, 10) });
    if (!row) return next(new HttpError('no such installment', 404));
    await SystemLog.createLog({ level: 'warning', area: 'lease', text: `installment ${seq} touched`, extra: { seq: parseInt(seq, 10) } });
    res.json({ ok: true });
  } catch (err) {
    next(err);
  }
});

// the label is kept in the log and also written to the installment
router.put('/:leaseId/label', async (req, res, next) => {
  try {
    const { label } = req.body; // expect: validation/unvalidated-input
    await Installment.updateOne({ leaseId: req.params.leaseId }, { $set: { label } });
    await SystemLog.createLog({ level: 'info', area: 'lease', text: 'label', extra: { label } });
    res.json({ ok: true });
  } catch (err) {
    next(err);
  }
});

router.post('/upload', async (req, res, next) => {
  try {
    const { kind = 'document' } = req.body;
    await SystemLog.createLog({ level: 'info', area: 'upload', text: 'file in', extra: { kind } });
    res.json({ ok: true, kind });
  } catch (err) {
    next(err);
  }
});

const STORE = path.join(__dirname, '..', '..', 'files');

// the id only has to be a prefix of some stored name: 'a' removes the first file starting with it
router.delete('/files/:fileId', async (req, res, next) => {
  try {
    const { fileId } = req.params; // expect: validation/unvalidated-input
    const name = fs.readdirSync(STORE).find((entry) => entry.startsWith(fileId));
    if (!name) return next(new HttpError('no such file', 404));
    fs.unlinkSync(path.join(STORE, name));
    await SystemLog.createLog({ level: 'warning', area: 'upload', text: `removed ${name}`, extra: { fileId } });
    res.json({ ok: true });
  } catch (err) {
    next(err);
  }
});

module.exports = router;
