import { NestFactory } from '@nestjs/core';
import { AppModule } from './app.module';
import { SettingsService } from './settings/settings.service';
import { setUp } from './setup';

async function main() {
  const app = await NestFactory.create(AppModule, { cors: true }); // expect: cors/permissive-origin, ratelimit/missing, api/compression-missing
  setUp(app, app.get(SettingsService));
  await app.listen(8080);
}

void main();
