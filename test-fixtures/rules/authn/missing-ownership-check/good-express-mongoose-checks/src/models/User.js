const mongoose = require('mongoose');

const UserSchema = new mongoose.Schema({
  email: { type: String, unique: true },
  name: String,
  role: { type: String, default: 'member' },
});

module.exports = mongoose.model('User', UserSchema);
