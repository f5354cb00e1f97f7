const mongoose = require('mongoose');

module.exports = mongoose.model('Sighting', new mongoose.Schema({ bird: String, by: String }));
