import mongoose from 'mongoose';

const Settings = mongoose.model('Settings', new mongoose.Schema({ _id: String, credits: Number }));

// one settings document: decremented where it exists, made with the decrement where it does not yet
export async function spendCredit() {
  const updated = await Settings.findByIdAndUpdate('global', { $inc: { credits: -1 } }, { new: true }).lean();
  if (!updated) {
    const created = await Settings.create({ _id: 'global', credits: 99 });
    return created.toObject();
  }
  return updated;
}

// the decrement, then the same document clamped at zero: one document written twice, whole after either write
export async function spendCredits(n: number) {
  const updated = await Settings.findByIdAndUpdate('global', { $inc: { credits: -n } }, { new: true }).lean();
  if (updated && (updated.credits ?? 0) < 0) {
    return Settings.findByIdAndUpdate('global', { $set: { credits: 0 } }, { new: true }).lean();
  }
  return updated;
}
