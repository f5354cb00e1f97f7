import { Joi, Segments, celebrate } from 'celebrate';
import { Router } from 'express';
import mongoose from 'mongoose';

const Ticket = mongoose.model('Ticket', new mongoose.Schema({ title: String, priority: String, status: String }));

export const ticketsRouter = Router();

const idParams = { [Segments.PARAMS]: Joi.object({ id: Joi.string().hex().length(24).required() }) };

ticketsRouter.get('/', celebrate({ [Segments.QUERY]: Joi.object({ status: Joi.string().valid('open', 'closed').default('open') }) }), async (req, res) => {
  res.json(await Ticket.find({ status: req.query.status }).limit(50));
});

ticketsRouter.post(
  '/',
  celebrate({
    [Segments.BODY]: Joi.object({
      title: Joi.string().min(3).max(200).required(),
      priority: Joi.string().valid('low', 'normal', 'high').default('normal'),
    }),
  }),
  async (req, res) => {
    const ticket = await Ticket.create({ ...req.body, status: 'open' });
    res.status(201).json(ticket);
  },
);

ticketsRouter.patch('/:id/close', celebrate(idParams), async (req, res) => {
  await Ticket.updateOne({ _id: req.params.id }, { status: 'closed' });
  res.status(204).end();
});
