import { Router } from 'express';
import { z } from 'zod';
import { requireAuth } from '../auth';
import { Reserva } from '../models';

const listarSchema = z.object({
  desde: z.coerce.date().optional(),
  limite: z.coerce.number().int().min(1).max(100).default(20),
});

const crearSchema = z
  .object({
    sala: z.string().min(1).max(50),
    inicio: z.coerce.date(),
    fin: z.coerce.date(),
    motivo: z.string().max(200).optional(),
  })
  .refine((r) => r.fin > r.inicio, { message: 'fin debe ser posterior a inicio' });

const idSchema = z.object({ id: z.string().regex(/^[a-f0-9]{24}$/) });

export const reservasRouter = Router();

reservasRouter.use(requireAuth);

reservasRouter.get('/', async (req, res) => {
  const { desde, limite } = listarSchema.parse(req.query);
  const reservas = await Reserva.find({
    usuario: req.usuarioId,
    ...(desde ? { inicio: { $gte: desde } } : {}),
  })
    .sort({ inicio: 1 })
    .limit(limite);
  res.json(reservas);
});

reservasRouter.post('/', async (req, res) => {
  const datos = crearSchema.parse(req.body);
  const solapada = await Reserva.exists({
    sala: datos.sala,
    inicio: { $lt: datos.fin },
    fin: { $gt: datos.inicio },
  });
  if (solapada) {
    return res.status(409).json({ error: 'La sala ya está reservada en ese horario' });
  }
  const reserva = await Reserva.create({ ...datos, usuario: req.usuarioId });
  res.status(201).json(reserva);
});

reservasRouter.delete('/:id', async (req, res) => {
  const { id } = idSchema.parse(req.params);
  const borrada = await Reserva.findOneAndDelete({ _id: id, usuario: req.usuarioId });
  if (!borrada) {
    return res.status(404).json({ error: 'Reserva no encontrada' });
  }
  res.status(204).end();
});
