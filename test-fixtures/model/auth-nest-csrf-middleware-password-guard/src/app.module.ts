import { MiddlewareConsumer, Module, NestModule } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { PassportModule } from '@nestjs/passport';
import { AuthController } from './auth/auth.controller';
import { JwtStrategy } from './auth/jwt.strategy';
import { LocalStrategy } from './auth/local.strategy';
import { AntiForgeryMiddleware } from './security/anti-forgery.middleware';
import { TicketsController } from './tickets.controller';

@Module({
  imports: [PassportModule, JwtModule.register({ secret: process.env.JWT_SECRET })], // expect: config/env-undocumented
  controllers: [AuthController, TicketsController],
  providers: [LocalStrategy, JwtStrategy],
})
export class AppModule implements NestModule {
  configure(consumer: MiddlewareConsumer) {
    consumer.apply(AntiForgeryMiddleware).forRoutes('*');
  }
}
