import { Body, Controller, Delete, Param, Post, UseGuards } from '@nestjs/common';
import { JwtAuthGuard } from '../auth/jwt-auth.guard';
import { FreshInstallGuard } from './fresh-install.guard';
import { InstallDto, SetupService } from './setup.service';

@Controller('setup')
export class SetupController {
  constructor(private readonly setup: SetupService) {}

  // the guard refuses once a space exists: a first-run install
  @UseGuards(FreshInstallGuard)
  @Post()
  install(@Body() dto: InstallDto) {
    return this.setup.createFirstSpace(dto);
  }

  @Post('tenants')
  addTenant(@Body() dto: InstallDto) {
    return this.setup.addTenant(dto);
  }

  @UseGuards(JwtAuthGuard)
  @Delete(':id')
  remove(@Param('id') id: string) {
    return { removed: id };
  }
}
