const mongoose = require('mongoose');

const PlanSchema = new mongoose.Schema({
  tier: String,
  seats: Number,
  owner: String,
});

module.exports = mongoose.model('Plan', PlanSchema);
