import { Body, Controller, Param, Patch, Post, UsePipes } from '@nestjs/common';
import { SchemaPipe, CheckOnlyPipe } from '../common/schema.pipe';
import { CreateTeamSchema, RenameTeamSchema } from './team.schemas';
import { TeamsService } from './teams.service';

@Controller('teams')
export class TeamsController {
  constructor(private readonly teams: TeamsService) {}

  @Post()
  @UsePipes(new SchemaPipe(CreateTeamSchema))
  create(@Body() dto: any) {
    return this.teams.create(dto);
  }

  @Patch(':id')
  rename(@Param('id') id: string, @Body(new CheckOnlyPipe(RenameTeamSchema)) dto: any) {
    return this.teams.rename(Number(id), dto);
  }
}
