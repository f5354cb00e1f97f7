import { NestFactory } from '@nestjs/core';
import { JwtService } from '@nestjs/jwt';
import { AppModule } from './app.module';
import { createBoardAuth } from './queue/board-auth';
import { createBoardRouter } from './queue/board';

async function bootstrap() {
  const app = await NestFactory.create(AppModule); // expect: api/compression-missing, api/openapi-missing, api/versioning-missing, config/env-not-validated, errors/global-handler-missing, headers/helmet-missing, observability/health-missing, observability/metrics-missing, observability/tracing-missing, ratelimit/missing
  app.setGlobalPrefix('api');
  app.use('/admin/queues', createBoardAuth(app.get(JwtService)), createBoardRouter());
  await app.listen(3000); // expect: errors/unhandled-rejection, lifecycle/graceful-shutdown-missing
}
bootstrap();
