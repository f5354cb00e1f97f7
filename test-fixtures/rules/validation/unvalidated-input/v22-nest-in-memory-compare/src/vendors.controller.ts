import { Controller, Get, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { VendorsService } from './vendors.service';

@Controller('vendors')
export class VendorsController {
  constructor(private readonly vendors: VendorsService) {}

  @Get('lookalikes')
  lookalikes(@Query('name') name?: string) {
    return this.vendors.lookalikes(name);
  }

  // the ids are split apart and only searched for among the stored vendors' ids
  @Get('picked')
  async picked(@Query('ids') ids?: string) {
    const wanted = (ids ?? '')
      .split(',')
      .map((x) => x.trim())
      .filter(Boolean);
    const all = await this.vendors.every();
    return wanted.length > 0 ? all.filter((v) => wanted.includes(v.id)) : all;
  }

  @Post(':id/rename')
  rename(@Param('id', ParseUUIDPipe) id: string, @Query('name') name?: string) { // expect: validation/unvalidated-input
    return this.vendors.rename(id, name);
  }
}
