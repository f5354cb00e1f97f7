const mongoose = require('mongoose');

const StatementSchema = new mongoose.Schema({
  customerId: { type: mongoose.Schema.Types.ObjectId, ref: 'User', required: true },
  bookkeeperId: { type: mongoose.Schema.Types.ObjectId, ref: 'User' },
  period: String,
  total: Number,
});

module.exports = mongoose.model('Statement', StatementSchema);
