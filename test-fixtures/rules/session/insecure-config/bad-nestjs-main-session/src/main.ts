import { NestFactory } from '@nestjs/core';
import { ConfigService } from '@nestjs/config';
import session from 'express-session';
import RedisStore from 'connect-redis';
import { createClient } from 'redis';
import { AppModule } from './app.module';

async function bootstrap() {
  const app = await NestFactory.create(AppModule);
  const config = app.get(ConfigService);
  const client = createClient({ url: config.getOrThrow<string>('REDIS_URL') });
  await client.connect();
  app.use(
    session({
      secret: config.get<string>('SESSION_SECRET', 'change-me-in-production'), // expect: session/insecure-config
      store: new RedisStore({ client }),
      resave: false,
      saveUninitialized: false,
      cookie: { maxAge: 3600000, httpOnly: true, sameSite: 'strict' },
    }),
  );
  await app.listen(3000);
}
bootstrap();
