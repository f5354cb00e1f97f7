const mongoose = require('mongoose');

const UserSchema = new mongoose.Schema({
  name: String,
  email: String,
  role: { type: String, default: 'member' },
  verified: { type: Boolean, default: false },
});

module.exports = mongoose.model('User', UserSchema);
