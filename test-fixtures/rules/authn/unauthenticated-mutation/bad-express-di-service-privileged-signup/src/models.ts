import mongoose from 'mongoose';

export const ReaderModel = mongoose.model('Reader', new mongoose.Schema({ email: String, hash: String, role: String }));
export const ShelfModel = mongoose.model('Shelf', new mongoose.Schema({ title: String }));
