const mongoose = require('mongoose');

const Member = mongoose.model('Member', new mongoose.Schema({ email: String, team: String, resetCode: String }));

module.exports = { Member };
