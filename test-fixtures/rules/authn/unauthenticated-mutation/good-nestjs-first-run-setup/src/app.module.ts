import { Module } from '@nestjs/common';
import { PassportModule } from '@nestjs/passport';
import { SetupController } from './setup/setup.controller';
import { SetupService } from './setup/setup.service';
import { FreshInstallGuard } from './setup/fresh-install.guard';
import { Store } from './setup/store';

@Module({
  imports: [PassportModule],
  controllers: [SetupController],
  providers: [SetupService, FreshInstallGuard, Store],
})
export class AppModule {}
