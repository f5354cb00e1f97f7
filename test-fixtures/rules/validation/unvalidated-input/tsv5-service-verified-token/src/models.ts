import mongoose from 'mongoose';

export const Session = mongoose.model('Session', new mongoose.Schema({ userId: String, createdAt: Date }));
export const RevokedToken = mongoose.model('RevokedToken', new mongoose.Schema({ token: String, at: Date }));
