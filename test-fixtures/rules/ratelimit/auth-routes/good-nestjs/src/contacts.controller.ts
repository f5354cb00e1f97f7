import { Controller, Get, Query, UseGuards } from '@nestjs/common';
import { ThrottlerGuard } from '@nestjs/throttler';

const contacts = [{ id: 1, name: 'Ada Lovelace' }];

@UseGuards(ThrottlerGuard)
@Controller('contacts')
export class ContactsController {
  @Get('export')
  export(@Query('format') format = 'csv') {
    return { format: format === 'json' ? 'json' : 'csv', contacts };
  }
}
