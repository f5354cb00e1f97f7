import express from 'express';
import mongoose from 'mongoose';

const app = express();
app.get('/health', (req, res) => { res.json({ ok: true }); });

mongoose.connect(process.env.MONGO_URL!).then(() => {
  app.listen(3000, () => console.log('up')); // expect: lifecycle/graceful-shutdown-missing
});

process.on('SIGINT', async () => {
  await mongoose.connection.close();
  process.exit(0);
});
