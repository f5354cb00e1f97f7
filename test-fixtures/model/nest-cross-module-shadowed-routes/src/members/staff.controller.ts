import { Controller, Get, Param, ParseIntPipe } from '@nestjs/common';

const staff = [{ id: 1, name: 'Ada' }];

@Controller('office')
export class StaffController {
  @Get('staff')
  list() {
    return staff;
  }

  // GET /api/office/:id answers every two-segment GET under /api/office, the later modules' too
  @Get(':id')
  one(@Param('id', ParseIntPipe) id: number) {
    return staff.find((s) => s.id === id) ?? null;
  }
}
