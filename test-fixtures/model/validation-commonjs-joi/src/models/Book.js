const mongoose = require('mongoose');

const bookSchema = new mongoose.Schema({ title: String, isbn: String, borrowedBy: String });

module.exports = mongoose.model('Book', bookSchema);
