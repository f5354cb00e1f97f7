import { Module } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { JwtModule } from '@nestjs/jwt';
import { SessionController } from './session.controller';
import { OrdersController } from './orders.controller';

@Module({
  imports: [ConfigModule.forRoot(), JwtModule.register({ secret: process.env.JWT_SECRET })],
  controllers: [SessionController, OrdersController],
})
export class AppModule {}
