import type { Server } from 'http';
import mongoose from 'mongoose';

export function gracefulShutdown(server: Server) {
  const stop = (signal: string) => {
    console.log(`${signal} received, closing`);
    server.close(async () => {
      await mongoose.disconnect();
      process.exit(0);
    });
  };
  ['SIGTERM', 'SIGINT'].forEach((signal) => process.on(signal, () => stop(signal)));
}
