import mongoose from 'mongoose';

const tutorSchema = new mongoose.Schema({ name: { type: String, required: true } });

export default mongoose.model('Tutor', tutorSchema);
