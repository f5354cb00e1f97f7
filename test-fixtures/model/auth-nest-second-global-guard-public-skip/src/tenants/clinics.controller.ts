import { Controller, Get, Param } from '@nestjs/common';
import { Open } from '../auth/public.decorator';

const clinics = [{ id: 'c1', name: 'North', phone: '555-0100' }];

@Controller('clinics')
export class ClinicsController {
  @Open()
  @Get('directory')
  directory() {
    return clinics.map((c) => ({ id: c.id, name: c.name }));
  }

  @Get(':clinicId')
  details(@Param('clinicId') clinicId: string) {
    return clinics.find((c) => c.id === clinicId) ?? null;
  }
}
