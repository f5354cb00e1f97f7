import { Body, Controller, Put, UsePipes, ValidationPipe } from '@nestjs/common';
import { EnrollDto } from '../faces/enroll.dto';
import { StoreService } from '../store.service';

// excludeExtraneousValues drops unknown keys while the DTO instance is built, before class-validator could refuse them
@Controller('drafts')
@UsePipes(new ValidationPipe({ whitelist: true, forbidNonWhitelisted: true, transformOptions: { excludeExtraneousValues: true } }))
export class DraftsController {
  constructor(private readonly store: StoreService) {}

  @Put()
  update(
    @Body() dto: EnrollDto,
    @Body('extra') extra: { label?: string }, // expect: validation/unvalidated-input
  ) {
    return this.store.save({ ...dto, label: extra?.label });
  }
}
