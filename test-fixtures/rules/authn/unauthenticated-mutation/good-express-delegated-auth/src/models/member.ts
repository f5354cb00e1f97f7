import bcrypt from 'bcryptjs';
import jwt from 'jsonwebtoken';
import mongoose from 'mongoose';

const memberSchema = new mongoose.Schema({ email: String, passwordHash: String, shelf: [String] });

// A static the route reaches through the model: the model call itself cannot be resolved by type.
memberSchema.statics = {
  async signInWithCard(input: { email: string; pin: string }) {
    const member = await this.findOne({ email: input.email }).exec();
    if (!member || !(await bcrypt.compare(input.pin, member.passwordHash))) throw new Error('Wrong card or PIN');
    return jwt.sign({ sub: String(member._id) }, process.env.JWT_SECRET as string, { expiresIn: '1h' });
  },
};

export const Member = mongoose.model('Member', memberSchema);
