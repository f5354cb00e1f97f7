import { Module } from '@nestjs/common';
import { PassportModule } from '@nestjs/passport';
import { JwtStrategy } from './auth/jwt.strategy';
import { LeadsController, PublicLeadsController } from './leads/leads.controller';
import { LeadsService } from './leads/leads.service';

@Module({
  imports: [PassportModule],
  controllers: [LeadsController, PublicLeadsController],
  providers: [JwtStrategy, LeadsService],
})
export class AppModule {}
