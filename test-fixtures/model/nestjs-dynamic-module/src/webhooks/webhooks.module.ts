import { DynamicModule, Module } from '@nestjs/common';
import { WebhooksController } from './webhooks.controller';

@Module({})
export class WebhooksModule {
  static register(provider: string): DynamicModule {
    return { module: WebhooksModule, controllers: [WebhooksController], providers: [{ provide: 'PROVIDER', useValue: provider }] };
  }
}
