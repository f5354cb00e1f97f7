import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { PassportModule } from '@nestjs/passport';
import { JwtAuthGuard } from './auth/jwt-auth.guard';
import { JwtStrategy } from './auth/jwt.strategy';
import { CatalogController } from './catalog.controller';
import { OrdersController } from './orders.controller';
import { StockService } from './vendors/stock.service';
import { VendorController } from './vendors/vendor.controller';
import { VendorKeyGuard } from './vendors/vendor-key.guard';
import { VendorKeyStore } from './vendors/vendor-key.store';

@Module({
  imports: [PassportModule, JwtModule.register({ secret: process.env.JWT_SECRET, signOptions: { algorithm: 'HS256', expiresIn: '15m' } })],
  controllers: [CatalogController, OrdersController, VendorController],
  providers: [JwtStrategy, StockService, VendorKeyStore, VendorKeyGuard, { provide: APP_GUARD, useClass: JwtAuthGuard }],
})
export class AppModule {}
