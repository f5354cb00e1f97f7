import { Global, Module } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import * as Joi from 'joi';
import { SettingsService } from './settings.service';

@Global()
@Module({
  imports: [
    ConfigModule.forRoot({
      // the header name has a default here and nowhere else
      validationSchema: Joi.object({
        GLOBAL_PREFIX: Joi.string().required(),
        VERSION_HEADER: Joi.string().trim().default('X-Catalog-Version'),
        PORT: Joi.number().port().default(8080),
      }),
    }),
  ],
  providers: [SettingsService],
  exports: [SettingsService],
})
export class SettingsModule {}
