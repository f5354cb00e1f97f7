import mongoose from 'mongoose';

const ItemSchema = new mongoose.Schema({ sku: String, owner: String, hidden: Boolean });

// a static: `this` is the model
ItemSchema.statics.bySku = function (sku: string) {
  return this.findOne({ sku, hidden: false });
};

export const Item = mongoose.models.Item || mongoose.model('Item', ItemSchema);
