const mongoose = require('mongoose');

module.exports = mongoose.model('Event', new mongoose.Schema({ title: String, startsAt: Date, venue: String, rsvps: [{}] }));
