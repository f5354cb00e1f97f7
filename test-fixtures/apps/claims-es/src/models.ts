import { Schema, model, Types } from 'mongoose';

const usuarioSchema = new Schema({
  email: { type: String, required: true, unique: true, lowercase: true },
  nombre: { type: String, required: true },
  passwordHash: { type: String, required: true },
});

const reservaSchema = new Schema(
  {
    usuario: { type: Types.ObjectId, ref: 'Usuario', required: true, index: true },
    sala: { type: String, required: true },
    inicio: { type: Date, required: true },
    fin: { type: Date, required: true },
    motivo: { type: String, default: '' },
  },
  { timestamps: true },
);

export const Usuario = model('Usuario', usuarioSchema);
export const Reserva = model('Reserva', reservaSchema);
