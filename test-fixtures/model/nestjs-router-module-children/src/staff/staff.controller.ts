import { Controller, Get, Param, ParseUUIDPipe } from '@nestjs/common';

@Controller()
export class StaffController {
  @Get(':id')
  one(@Param('id', ParseUUIDPipe) id: string) {
    return { id };
  }
}
