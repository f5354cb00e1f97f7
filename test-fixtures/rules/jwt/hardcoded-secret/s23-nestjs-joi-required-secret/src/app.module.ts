import { Module } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { envValidation } from './config/env.validation';
import jwtConfig from './config/jwt.config';
import { AuthModule } from './auth/auth.module';

@Module({
  imports: [ConfigModule.forRoot({ isGlobal: true, load: [jwtConfig], validationSchema: envValidation }), AuthModule],
})
export class AppModule {}
