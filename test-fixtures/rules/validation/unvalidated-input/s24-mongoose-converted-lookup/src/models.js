const mongoose = require('mongoose');

const bookingSchema = new mongoose.Schema({
  seq: { type: Number, unique: true },
  ref: String,
  status: String,
});

module.exports = { Booking: mongoose.model('Booking', bookingSchema) };
