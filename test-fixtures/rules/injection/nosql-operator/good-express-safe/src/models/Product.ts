import { Schema, model } from 'mongoose';

const ProductSchema = new Schema({ sku: String, name: String, owner: Schema.Types.ObjectId, price: Number });
export const Product = model('Product', ProductSchema);
