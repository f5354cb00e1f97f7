import { DynamicModule, Module } from '@nestjs/common';
import { WalletModule } from './wallet/wallet.module';

@Module({})
export class AppModule {
  static async forRootAsync(): Promise<DynamicModule> {
    return { module: AppModule, imports: [WalletModule] };
  }
}
