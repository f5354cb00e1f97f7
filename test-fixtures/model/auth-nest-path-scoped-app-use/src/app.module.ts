import { Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { ReportsController } from './reports/reports.controller';

@Module({
  imports: [JwtModule.register({ secret: process.env.JWT_SECRET })], // expect: config/env-undocumented
  controllers: [ReportsController],
})
export class AppModule {}
