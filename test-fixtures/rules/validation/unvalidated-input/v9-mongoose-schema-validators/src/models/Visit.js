import mongoose from 'mongoose';

const visitSchema = new mongoose.Schema({
    clinicId: { type: mongoose.Schema.Types.ObjectId, ref: 'Clinic', required: true },
    state: {
        type: String,
        enum: ['booked', 'seen', 'missed', 'cancelled'],
        default: 'booked'
    },
    room: { type: String, match: /^[A-Z]\d{2}$/ },
    note: { type: String }
}, { timestamps: true });

const Visit = mongoose.model('Visit', visitSchema);
export default Visit;
