import { Body, Controller, Post, Query, UsePipes, ValidationPipe } from '@nestjs/common';
import { EnrollDto } from './enroll.dto';
import { StoreService } from '../store.service';

// unknown body keys are refused with 400: EnrollDto has no "extra", so a body that carries one never gets here
@Controller('faces')
@UsePipes(new ValidationPipe({ whitelist: true, forbidNonWhitelisted: true, transform: true }))
export class FacesController {
  constructor(private readonly store: StoreService) {}

  @Post('enroll')
  enroll(
    @Body() dto: EnrollDto,
    @Body('extra') extra?: { label?: string; tags?: string[] },
  ) {
    return this.store.save({ ...dto, label: extra?.label, tags: extra?.tags });
  }

  // the DTO checks the body only: a query string beside it is not the body's key
  @Post('tag')
  tag(
    @Body() dto: EnrollDto,
    @Query('note') note: string, // expect: validation/unvalidated-input
  ) {
    return this.store.save({ id: dto.personId, note });
  }
}
