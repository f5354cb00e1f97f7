import { Controller, Get, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { reportSource } from './tasks/report-source';

@Controller('subscribers')
class SubscribersController {
  @Get('count')
  async count() {
    if (!reportSource.isInitialized) await reportSource.initialize();
    return reportSource.query('SELECT count(*) FROM subscriber');
  }
}

@Module({
  imports: [
    TypeOrmModule.forRoot({
      type: 'postgres',
      url: process.env.DATABASE_URL,
      autoLoadEntities: true,
      synchronize: process.env.DATABASE_SYNC === 'true',
    }),
  ],
  controllers: [SubscribersController],
})
class AppModule {}

async function bootstrap() {
  const app = await NestFactory.create(AppModule);
  await app.listen(3000);
}
bootstrap();
