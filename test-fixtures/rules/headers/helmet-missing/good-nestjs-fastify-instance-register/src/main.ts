import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import helmet from '@fastify/helmet';
import { AppModule } from './app.module';

async function bootstrap() {
  const app = await NestFactory.create<NestFastifyApplication>(AppModule, new FastifyAdapter({ bodyLimit: 1024 * 1024 }));
  // the Fastify server under the app: its plugins serve every route
  const server = app.getHttpAdapter().getInstance();
  await server.register(helmet, { contentSecurityPolicy: { directives: { defaultSrc: ["'self'"] } } });
  app.setGlobalPrefix('api');
  app.enableCors({ origin: ['https://weather.example.com'] });
  await app.listen(process.env.PORT ?? 3000, '0.0.0.0');
}

bootstrap();
