const mongoose = require('mongoose');
module.exports = mongoose.model('Invoice', new mongoose.Schema({ lines: [{ amount: Number }] }));
