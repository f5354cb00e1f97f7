const mongoose = require('mongoose');

const installmentSchema = new mongoose.Schema({
  leaseId: String,
  seq: Number,
  note: String,
  label: String,
});

module.exports = mongoose.model('Installment', installmentSchema);
