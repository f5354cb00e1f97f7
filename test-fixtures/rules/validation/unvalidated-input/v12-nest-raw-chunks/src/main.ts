import { NestFactory } from '@nestjs/core';
import { ValidationPipe } from '@nestjs/common';
import * as bodyParser from 'body-parser';
import { NextFunction, Request, Response } from 'express';
import { AppModule } from './app.module';

async function bootstrap() {
  const app = await NestFactory.create(AppModule);
  app.useGlobalPipes(new ValidationPipe({ whitelist: true }));
  const maxChunk = Number(process.env.MAX_CHUNK_BYTES || 5000000);
  app.use((req: Request, res: Response, next: NextFunction) => {
    bodyParser.raw({ type: 'application/octet-stream', limit: maxChunk })(req, res, next);
  });
  await app.listen(3000);
}
bootstrap();
