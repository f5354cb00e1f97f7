import { Body, Controller, Param, Put } from '@nestjs/common';
import { FlagsService } from './flags.service';

@Controller('tenants/:tenant/flags')
export class FlagsController {
  constructor(private readonly flags: FlagsService) {}

  @Put(':flag')
  set(@Param('tenant') tenant: string, @Param('flag') flag: string, @Body('on') on: boolean) {
    this.flags.setFlag(tenant, flag, on);
    return this.flags.setOption(tenant, flag, on);
  }
}
