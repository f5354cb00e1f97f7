const mongoose = require('mongoose');

const MemberSchema = new mongoose.Schema({
  name: String,
  phone: String,
});

module.exports = mongoose.model('Member', MemberSchema);
