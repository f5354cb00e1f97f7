import { Controller, Get, Inject, Module } from '@nestjs/common';
import { TelemetryModule } from './monitoring/telemetry.module';

@Controller('status')
export class StatusController {
  constructor(@Inject('REQUEST_SPAN') private readonly span: { startedAt: number }) {}

  @Get()
  status() {
    return { up: true, since: this.span.startedAt };
  }
}

@Module({ imports: [TelemetryModule.forRoot({ endpoint: process.env.OTEL_ENDPOINT })], controllers: [StatusController] })
export class AppModule {}
