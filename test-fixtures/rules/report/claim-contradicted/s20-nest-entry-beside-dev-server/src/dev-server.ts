import { NestFactory } from '@nestjs/core';
import { AppModule } from './app.module';
import { auditTrail } from '@/audit/trail'; // the audit module was moved out of this package

// a local copy of the server for front-end work, started by hand
async function bootstrap() {
  const app = await NestFactory.create(AppModule);
  app.enableCors({ origin: ['http://localhost:5173'] });
  auditTrail('dev-server');
  await app.listen(3001);
}
bootstrap();
