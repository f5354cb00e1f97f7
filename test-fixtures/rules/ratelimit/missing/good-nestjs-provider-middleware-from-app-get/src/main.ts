import { NestFactory } from '@nestjs/core';
import { AppModule } from './app.module';
import { RequestBudget } from './request-budget.middleware';

async function bootstrap() {
  const app = await NestFactory.create(AppModule);
  app.setGlobalPrefix('api');
  // the provider instance Nest made, its use method mounted on every route
  const budget = app.get(RequestBudget);
  app.use(budget.use.bind(budget));
  await app.listen(process.env.PORT ?? 3000);
}

bootstrap();
