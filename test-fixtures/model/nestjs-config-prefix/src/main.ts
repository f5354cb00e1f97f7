import { ValidationPipe, VersioningType } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { NestFactory } from '@nestjs/core';
import helmet from 'helmet';
import { AppModule } from './app.module';

async function start() {
  // a short-lived instance that only reads the port: closed before the server is built
  const probe = await NestFactory.create(AppModule);
  const port = probe.get(ConfigService).get<number>('app.port', { infer: true });
  await probe.close();

  const app = await NestFactory.create(AppModule); // expect: api/openapi-missing, errors/global-handler-missing, observability/metrics-missing, observability/tracing-missing, api/compression-missing
  const config = app.get(ConfigService);
  app.use(helmet());
  app.enableCors({ origin: config.get<string>('app.webOrigin', { infer: true }), credentials: true });
  app.useGlobalPipes(new ValidationPipe({ whitelist: true }));
  app.setGlobalPrefix(config.get<string>('app.apiPrefix', { infer: true }), { exclude: ['status'] });
  app.enableVersioning({ type: VersioningType.URI, defaultVersion: '1' });
  await app.listen(port); // expect: errors/unhandled-rejection, lifecycle/graceful-shutdown-missing
}

void start();
