import mongoose from 'mongoose';

const chargeSchema = new mongoose.Schema({
  visitId: { type: mongoose.Schema.Types.ObjectId, ref: 'Visit', default: null },
  total: { type: Number, required: true },
  paidAt: Date,
  tags: { type: Map, of: String, default: new Map() },
  extra: { type: mongoose.Schema.Types.Mixed },
  note: { type: String },
}, { timestamps: true });

export default mongoose.model('Charge', chargeSchema);
