const mongoose = require('mongoose');

const articleSchema = new mongoose.Schema({
  title: String,
  body: mongoose.Schema.Types.Mixed,
  views: { type: Number, default: 0 },
  likes: { type: Number, default: 0 },
  balance: { type: Number, default: 0 },
});

articleSchema.statics.addView = function (id) {
  return this.findByIdAndUpdate(id, { $inc: { views: 1 } }, { new: true });
};

module.exports = mongoose.model('Article', articleSchema);
