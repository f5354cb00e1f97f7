const mongoose = require('mongoose');

const UserSchema = new mongoose.Schema({
  email: { type: String, required: true },
  username: String,
  passwordHash: String,
  resetToken: String,
});

module.exports = mongoose.model('User', UserSchema);
