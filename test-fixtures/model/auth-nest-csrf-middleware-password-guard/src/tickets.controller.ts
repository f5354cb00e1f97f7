import { Body, Controller, Get, Post } from '@nestjs/common';

const tickets: string[] = [];

@Controller('tickets')
export class TicketsController {
  @Get()
  list() {
    return tickets;
  }

  @Post() // expect: authn/unauthenticated-mutation
  create(@Body() body: { seat: string }) { // expect: validation/unvalidated-input
    tickets.push(String(body.seat));
    return { ok: true };
  }
}
