import { Controller, Get, Module } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import { sharedLogOptions, plainLogOptions } from './log-options';

@Controller('health')
export class HealthController {
  @Get()
  ok() {
    return { ok: true };
  }
}

@Module({
  imports: [LoggerModule.forRoot({ pinoHttp: { ...sharedLogOptions('salon'), customLogLevel: () => 'info' } })],
  controllers: [HealthController],
})
export class AppModule {}

@Module({
  imports: [LoggerModule.forRoot({ pinoHttp: { ...plainLogOptions('salon-admin'), autoLogging: true } })], // expect: logging/sensitive-data
  controllers: [HealthController],
})
export class AdminModule {}
