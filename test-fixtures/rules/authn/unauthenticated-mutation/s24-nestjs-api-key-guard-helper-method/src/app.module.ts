import { Module } from '@nestjs/common';
import { PassportModule } from '@nestjs/passport';
import { AlertsController } from './alerts/alerts.controller';
import { AlertsService } from './alerts/alerts.service';
import { ServerKeyGuard } from './auth/server-key.guard';
import { ServerKeys } from './auth/server-keys';
import { JwtStrategy } from './auth/jwt.strategy';

@Module({
  imports: [PassportModule],
  controllers: [AlertsController],
  providers: [JwtStrategy, AlertsService, ServerKeys, ServerKeyGuard],
})
export class AppModule {}
