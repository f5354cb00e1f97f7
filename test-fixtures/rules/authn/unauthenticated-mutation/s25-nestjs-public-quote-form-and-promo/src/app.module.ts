import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { PassportModule } from '@nestjs/passport';
import { CacheModule } from '@nestjs/cache-manager';
import { BullModule } from '@nestjs/bull';
import { ThrottlerModule } from '@nestjs/throttler';
import { JwtAuthGuard } from './auth/jwt-auth.guard';
import { JwtStrategy } from './auth/jwt.strategy';
import { ShopController } from './shop/shop.controller';
import { ShopService } from './shop/shop.service';

@Module({
  imports: [
    PassportModule,
    JwtModule.register({ secret: process.env.JWT_SECRET, signOptions: { algorithm: 'HS256', expiresIn: '15m' } }),
    CacheModule.register(),
    ThrottlerModule.forRoot([{ ttl: 60000, limit: 100 }]),
    BullModule.registerQueue({ name: 'mail' }),
  ],
  controllers: [ShopController],
  providers: [JwtStrategy, ShopService, { provide: APP_GUARD, useClass: JwtAuthGuard }],
})
export class AppModule {}
