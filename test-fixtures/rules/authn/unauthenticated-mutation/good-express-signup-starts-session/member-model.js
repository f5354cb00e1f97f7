const mongoose = require('mongoose');

module.exports = mongoose.model('Member', new mongoose.Schema({ nickname: String, email: String, password: String }));
