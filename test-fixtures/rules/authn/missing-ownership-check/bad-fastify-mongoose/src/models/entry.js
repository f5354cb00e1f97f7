import mongoose from 'mongoose';

const entrySchema = new mongoose.Schema({
  owner: { type: mongoose.Schema.Types.ObjectId, ref: 'User', required: true },
  title: { type: String, required: true },
  text: String,
  views: { type: Number, default: 0 },
}, { timestamps: true });

export const Entry = mongoose.model('Entry', entrySchema);
