import mongoose from 'mongoose';

export const Order = mongoose.model('Order', new mongoose.Schema({ phone: String, customerName: String, eventId: String, customer: String, plans: [String] }));
export const Plan = mongoose.model('Plan', new mongoose.Schema({ name: String, price: Number, perks: [String], announce: Boolean, emailEnabled: Boolean }));
export const Customer = mongoose.model('Customer', new mongoose.Schema({ email: String }));
