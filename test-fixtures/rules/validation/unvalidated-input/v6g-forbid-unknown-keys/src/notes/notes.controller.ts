import { Body, Controller, Post, UsePipes, ValidationPipe } from '@nestjs/common';
import { EnrollDto } from '../faces/enroll.dto';
import { StoreService } from '../store.service';

// whitelist alone strips the keys from the DTO instance only; the raw body keeps them for @Body('meta')
@Controller('notes')
@UsePipes(new ValidationPipe({ whitelist: true }))
export class NotesController {
  constructor(private readonly store: StoreService) {}

  @Post()
  create(
    @Body() dto: EnrollDto,
    @Body('meta') meta: { title?: string }, // expect: validation/unvalidated-input
  ) {
    return this.store.save({ ...dto, title: meta?.title });
  }
}
