import { Body, Controller, Delete, Param, Post, UseGuards } from '@nestjs/common';
import { BearerGuard } from '../security/jwt.guard';
import { TeamsService } from './teams.service';

@Controller('teams')
export class TeamsController {
  constructor(private readonly teams: TeamsService) {}

  @UseGuards(BearerGuard)
  @Post()
  create(@Body() body: { name: string }) {
    return this.teams.create(String(body.name));
  }

  // only the global anti-forgery guard runs here
  @Delete(':id') // expect: authn/unauthenticated-mutation[warning]
  remove(@Param('id') id: string) {
    return this.teams.remove(id);
  }
}
