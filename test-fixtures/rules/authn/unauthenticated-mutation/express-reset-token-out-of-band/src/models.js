const mongoose = require('mongoose');

const Patient = mongoose.model('Patient', new mongoose.Schema({ email: String, clinic: String }));

module.exports = { Patient };
