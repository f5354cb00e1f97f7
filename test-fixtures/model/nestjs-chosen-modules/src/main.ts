import { NestFactory } from '@nestjs/core';
import helmet from 'helmet';
import { AppModule } from './app.module';

async function main() {
  const app = await NestFactory.create(AppModule); // expect: api/openapi-missing, ratelimit/missing, errors/global-handler-missing, config/env-not-validated, observability/health-missing, observability/metrics-missing, observability/tracing-missing, api/compression-missing
  app.use(helmet());
  // set by the deployment only: the model cannot know it
  app.setGlobalPrefix(process.env.PUBLIC_BASE_PATH);
  await app.listen(3000); // expect: errors/unhandled-rejection, lifecycle/graceful-shutdown-missing
}

void main();
