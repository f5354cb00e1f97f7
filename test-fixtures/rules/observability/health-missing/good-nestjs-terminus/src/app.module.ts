import { Controller, Get, Module } from '@nestjs/common';
import { HealthCheck, HealthCheckService, TerminusModule, TypeOrmHealthIndicator } from '@nestjs/terminus';

@Controller('health')
export class HealthController {
  constructor(private readonly health: HealthCheckService, private readonly db: TypeOrmHealthIndicator) {}

  @Get()
  @HealthCheck()
  check() {
    return this.health.check([() => this.db.pingCheck('database')]);
  }
}

@Controller('orders')
export class OrdersController {
  @Get()
  list() {
    return [];
  }
}

@Module({ imports: [TerminusModule], controllers: [HealthController, OrdersController] })
export class AppModule {}
