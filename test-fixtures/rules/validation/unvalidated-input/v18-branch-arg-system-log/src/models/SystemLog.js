const mongoose = require('mongoose');

const entrySchema = new mongoose.Schema({
  level: { type: String, enum: ['info', 'warning', 'error'], default: 'info' },
  area: { type: String, required: true },
  text: String,
  extra: mongoose.Schema.Types.Mixed,
  at: { type: Date, default: Date.now },
});

entrySchema.statics.createLog = async function (entry) {
  try {
    const row = new this(entry);
    await row.save();
    return row;
  } catch (err) {
    console.error('could not keep log entry', err);
  }
};

module.exports = mongoose.model('SystemLog', entrySchema);
