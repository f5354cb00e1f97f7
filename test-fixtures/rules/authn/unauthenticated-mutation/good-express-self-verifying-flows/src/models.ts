import { Schema, model } from 'mongoose';

export const User = model('User', new Schema({ email: String, password: String, emailVerified: Boolean, resetPasswordToken: String, resetPasswordExpires: Date }));
export const Subscriber = model('Subscriber', new Schema({ email: String, customer: String, paid: Boolean }));
