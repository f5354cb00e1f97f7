import mongoose from 'mongoose';

export const Venue = mongoose.model('Venue', new mongoose.Schema({ name: String, opensAt: Date, capacity: Number }));
export const Host = mongoose.model('Host', new mongoose.Schema({ name: String, email: String }));
