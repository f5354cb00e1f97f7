import { Body, Controller, Post, Query, Req } from '@nestjs/common';
import { IsString, Length } from 'class-validator';
import { TicketService } from './ticket.service';

class OpenTicketDto {
  @IsString()
  @Length(1, 80)
  label!: string;
}

@Controller('tickets')
export class TicketController {
  constructor(private readonly tickets: TicketService) {}

  // the kitchen id must name a kitchen the caller belongs to (403 otherwise) before the ticket is stored
  @Post()
  open(@Req() req: { user: { sub: string } }, @Query('kitchenId') kitchenId: string, @Body() dto: OpenTicketDto) {
    return this.tickets.open(req.user.sub, kitchenId, dto.label);
  }

  // the permission answer says nothing about the kitchen id, which is stored as it came
  @Post('print')
  print(@Req() req: { user: { sub: string } }, @Query('kitchenId') kitchenId: string) { // expect: validation/unvalidated-input
    return this.tickets.print(req.user.sub, kitchenId);
  }
}
