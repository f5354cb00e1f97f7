import { Body, Controller, Get, Post, Query } from '@nestjs/common';
import { SeatsService } from './seats.service';

@Controller('seats')
export class SeatsController {
  constructor(private readonly seats: SeatsService) {}

  // an inline type is no class: the pipe checks nothing, and {"seatToken": {"not": ""}} releases every seat
  @Post('release')
  async release(@Body() dto: { seatToken: string }) { // expect: validation/unvalidated-input
    await this.seats.release(dto.seatToken);
    return { ok: true };
  }

  // a unique where takes only a scalar
  @Post('holder')
  async holder(@Body() dto: { code: string }) {
    const seat = await this.seats.holderOf(dto.code);
    return { owner: seat?.ownerId };
  }

  // the transforming pipe turns a named query value of type string into a string
  @Get()
  async list(@Query('ownerId') ownerId: string) {
    return this.seats.seatsOf(ownerId);
  }
}
