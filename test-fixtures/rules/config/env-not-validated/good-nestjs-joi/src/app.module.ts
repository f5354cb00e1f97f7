import { Module } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import * as Joi from 'joi';
import { CatalogController } from './catalog.controller';

@Module({
  imports: [
    ConfigModule.forRoot({
      isGlobal: true,
      validationSchema: Joi.object({
        CDN_BASE_URL: Joi.string().uri().required(),
      }),
    }),
  ],
  controllers: [CatalogController],
})
export class AppModule {}
