import mongoose from 'mongoose';
import { app } from './app';
import { config } from './config';

async function main() {
  await mongoose.connect(config.MONGODB_URI);
  const server = app.listen(config.PORT, () => { // expect: errors/unhandled-rejection
    console.log(`API de reservas escuchando en el puerto ${config.PORT}`);
  });

  const apagar = () => {
    server.close(async () => {
      await mongoose.disconnect();
      process.exit(0);
    });
  };
  process.on('SIGTERM', apagar);
  process.on('SIGINT', apagar);
}

main().catch((err) => {
  console.error('No se pudo iniciar la API', err);
  process.exit(1);
});
