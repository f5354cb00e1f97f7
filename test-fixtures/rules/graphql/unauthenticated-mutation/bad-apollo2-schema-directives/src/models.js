const mongoose = require('mongoose');

module.exports = {
  Leave: mongoose.model('Leave', new mongoose.Schema({ days: Number, state: Number, owner: String })),
  User: mongoose.model('User', new mongoose.Schema({ email: String, hash: String })),
};
