import { MiddlewareConsumer, Module, NestModule, RequestMethod } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { FormTokenGuard } from './security/form-token.guard';
import { FormTokenService } from './security/form-token.service';
import { ServiceKeyMiddleware } from './security/service-key.middleware';
import { PaymentsController } from './payments/payments.controller';
import { HealthController } from './health/health.controller';
import { NotesController } from './notes/notes.controller';

@Module({
  controllers: [PaymentsController, HealthController, NotesController],
  providers: [FormTokenService, { provide: APP_GUARD, useClass: FormTokenGuard }],
})
export class AppModule implements NestModule {
  configure(consumer: MiddlewareConsumer) {
    consumer
      .apply(ServiceKeyMiddleware)
      .exclude({ path: 'api/health', method: RequestMethod.ALL })
      .forRoutes('api/*');
  }
}
