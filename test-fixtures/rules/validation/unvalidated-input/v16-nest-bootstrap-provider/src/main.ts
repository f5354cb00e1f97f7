import { NestFactory } from '@nestjs/core';
import { AppModule } from './app.module';
import { ServerSetupService } from './setup/server-setup.service';

async function start() {
  const app = await NestFactory.create(AppModule);
  // the setup provider installs the global pipe, CORS and the prefix
  const setup = app.get(ServerSetupService);
  await setup.prepare(app);
  await app.listen(process.env.PORT ?? 3000);
}

start();
