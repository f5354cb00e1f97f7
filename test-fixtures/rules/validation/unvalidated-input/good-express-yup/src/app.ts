import express from 'express';
import mongoose from 'mongoose';
import * as yup from 'yup';

const Subscriber = mongoose.model('Subscriber', new mongoose.Schema({ email: { type: String, unique: true }, topics: [String] }));

const app = express();
app.use(express.json());

const subscribeSchema = yup.object({
  email: yup.string().email().required(),
  topics: yup.array(yup.string().oneOf(['product', 'engineering', 'events']).required()).min(1).required(),
});
const emailParams = yup.object({ email: yup.string().email().required() });

app.post('/subscribers', async (req, res) => {
  const input = await subscribeSchema.validate(req.body, { abortEarly: false, stripUnknown: true });
  const subscriber = await Subscriber.findOneAndUpdate({ email: input.email }, { topics: input.topics }, { upsert: true, new: true });
  res.status(201).json(subscriber);
});

app.delete('/subscribers/:email', async (req, res) => {
  const { email } = emailParams.validateSync(req.params);
  await Subscriber.deleteOne({ email });
  res.status(204).end();
});

app.listen(3000);
