import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import helmet from '@fastify/helmet';
import { AppModule } from './app.module';

// the entry package.json runs (main, start:prod): helmet registered on the Fastify adapter
async function bootstrap() {
  const app = await NestFactory.create<NestFastifyApplication>(AppModule, new FastifyAdapter({ trustProxy: true }) as any);
  await app.register(helmet, { contentSecurityPolicy: { directives: { defaultSrc: [`'self'`] } } });
  await app.listen(3000, '0.0.0.0');
}
bootstrap();
