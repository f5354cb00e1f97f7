import { Body, Controller, Get, Post, Query } from '@nestjs/common';
import { CreateEntryDto } from './ledger.dto';
import { LedgerService } from './ledger.service';

@Controller('ledger')
export class LedgerController {
  constructor(private readonly ledger: LedgerService) {}

  // the pipe is installed in development only: in production nothing checks the class
  @Post('entries')
  create(@Body() dto: CreateEntryDto) { // expect: validation/unvalidated-input[warning]
    return this.ledger.add(dto);
  }

  // a bare string is not a class: no pipe would check it anyway
  @Post('labels')
  addLabel(@Query('label') label: string) { // expect: validation/unvalidated-input[warning]
    return this.ledger.addLabel(label);
  }

  // unknown has no metadata either
  @Post('import')
  importRows(@Body() body: unknown) { // expect: validation/unvalidated-input[warning]
    return this.ledger.importRaw(body);
  }
}
