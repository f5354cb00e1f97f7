import { Body, Controller, Get, Param, ParseIntPipe, Patch, Post, UseGuards } from '@nestjs/common';
import { JwtAuthGuard } from '../auth/jwt-auth.guard';
import { CreateLeadDto } from './create-lead.dto';
import { LeadsService } from './leads.service';

@Controller('leads')
@UseGuards(JwtAuthGuard)
export class LeadsController {
  constructor(private readonly leads: LeadsService) {}

  @Get()
  list() {
    return this.leads.list();
  }
}

// the sign-up form of the landing page: a second controller with no guard
@Controller('leads')
export class PublicLeadsController {
  constructor(private readonly leads: LeadsService) {}

  // insert only, its body validated by the global ValidationPipe against the DTO
  @Post('signup')
  signup(@Body() dto: CreateLeadDto) {
    return this.leads.create(dto);
  }

  // changes a stored lead, unguarded
  @Patch(':id/note') // expect: authn/unauthenticated-mutation
  annotate(@Param('id', ParseIntPipe) id: number, @Body('note') note: string) {
    return this.leads.annotate(id, note);
  }
}
