import { NestFactory } from '@nestjs/core';
import { AppModule } from './app.module';

async function bootstrap() {
  // whether the secrets are set, never what they are
  console.log('JWT secret:', process.env.JWT_ACCESS_SECRET ? 'set' : 'missing');
  console.log(`Stripe key configured: ${!!process.env.STRIPE_SECRET_KEY}`);
  console.log('Refresh secret present:', Boolean(process.env.JWT_REFRESH_SECRET));
  console.log('Webhook secret length:', process.env.WEBHOOK_SECRET?.length);
  if (!process.env.SMTP_PASSWORD) console.warn('SMTP_PASSWORD is missing in', process.env.NODE_ENV);
  console.log('Token prefix:', process.env.API_TOKEN?.slice(0, 4) + '...');
  console.debug('environment', process.env); // expect: logging/sensitive-data
  const app = await NestFactory.create(AppModule);
  await app.listen(process.env.PORT ?? 3000);
}
bootstrap();
