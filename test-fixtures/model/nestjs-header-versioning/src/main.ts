import { NestFactory } from '@nestjs/core';
import { AppModule } from './app.module';
import { SettingsService } from './settings/settings.service';
import { setUp } from './setup';

async function main() {
  const app = await NestFactory.create(AppModule, { cors: true }); // expect: api/openapi-missing, cors/permissive-origin, ratelimit/missing, errors/global-handler-missing, observability/health-missing, observability/metrics-missing, observability/tracing-missing, api/compression-missing
  setUp(app, app.get(SettingsService));
  await app.listen(8080); // expect: errors/unhandled-rejection, lifecycle/graceful-shutdown-missing
}

void main();
