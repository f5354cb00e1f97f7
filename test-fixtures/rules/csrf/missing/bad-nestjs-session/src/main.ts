import { NestFactory } from '@nestjs/core';
import session from 'express-session';
import RedisStore from 'connect-redis';
import { createClient } from 'redis';
import { AppModule } from './app.module';

async function bootstrap() {
  const app = await NestFactory.create(AppModule);
  const client = createClient({ url: process.env.REDIS_URL });
  await client.connect();
  app.use(session({ secret: process.env.SESSION_SECRET!, store: new RedisStore({ client }), resave: false, saveUninitialized: false })); // expect: csrf/missing
  await app.listen(3000);
}
bootstrap();
