import { Controller, Get, Module } from '@nestjs/common';
import { buildLogging } from './logging';

@Controller('stats')
export class StatsController {
  @Get()
  summary() {
    return { uptime: process.uptime() };
  }
}

@Module({
  imports: [buildLogging()],
  controllers: [StatsController],
})
export class AppModule {}
