import mongoose from 'mongoose';

export const Article = mongoose.model('Article', new mongoose.Schema({ title: String, summary: String, category: String, archived: Boolean }));
