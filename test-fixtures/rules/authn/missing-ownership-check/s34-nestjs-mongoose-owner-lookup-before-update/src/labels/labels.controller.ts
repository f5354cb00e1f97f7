import { Body, Controller, Delete, Param, Patch, Put, UseGuards } from '@nestjs/common';
import { JwtAuthGuard } from '../auth/jwt-auth.guard';
import { CurrentUser } from '../auth/current-user.decorator';
import { LabelsService } from './labels.service';

@Controller('labels')
@UseGuards(JwtAuthGuard)
export class LabelsController {
  constructor(private readonly labels: LabelsService) {}

  // the service loads the label with the caller in the filter first and answers 404 when it is someone else's
  @Put(':id')
  rename(@CurrentUser() user: { id: string }, @Param('id') id: string, @Body() body: { title: string }) {
    return this.labels.rename(user.id, id, body.title);
  }

  @Delete(':id')
  archive(@CurrentUser() user: { id: string }, @Param('id') id: string) {
    return this.labels.archive(user.id, id);
  }

  // no lookup scoped to the caller before the write
  @Patch(':id/colour')
  recolour(@Param('id') id: string, @Body() body: { colour: string }) {
    return this.labels.recolour(id, body.colour);
  }
}
