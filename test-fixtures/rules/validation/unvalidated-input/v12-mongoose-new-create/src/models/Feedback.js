import mongoose from 'mongoose';

const feedbackSchema = new mongoose.Schema({
    tutorId: { type: mongoose.Schema.Types.ObjectId, ref: 'Tutor', required: true },
    authorId: { type: mongoose.Schema.Types.ObjectId, ref: 'User', required: true },
    stars: { type: Number, required: true, min: 1, max: 5 },
    remark: { type: String, trim: true, maxlength: 800 },
    scores: {
        clarity: { type: Number, min: 0, max: 10 },
        patience: { type: Number, min: 0, max: 10 }
    },
    extras: {
        mood: { type: String, enum: ['calm', 'tense'] },
        freeText: { type: String }
    },
    nickname: { type: String }
}, { timestamps: true });

export default mongoose.model('Feedback', feedbackSchema);
