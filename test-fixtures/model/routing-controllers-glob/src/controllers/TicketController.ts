import { Authorized, Body, Delete, Get, JsonController, Param, Post, QueryParam } from 'routing-controllers';
import { NewTicket } from '../dto/NewTicket';

const tickets = [{ id: 1, status: 'open' }];
const filters: string[] = [];

@JsonController('/tickets')
export class TicketController {
  @Get()
  list(@QueryParam('status') status: string) { // expect: validation/unvalidated-input
    filters.push(status);
    return tickets;
  }

  @Get('/:ticketId')
  one(@Param('ticketId') ticketId: number) {
    return { ticketId };
  }

  @Authorized()
  @Post()
  open(@Body() ticket: NewTicket) {
    return ticket;
  }

  @Authorized('support')
  @Delete('/:ticketId')
  close(@Param('ticketId') ticketId: number) {
    return { closed: ticketId };
  }
}
