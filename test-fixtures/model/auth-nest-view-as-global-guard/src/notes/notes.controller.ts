import { Body, Controller, Get, Param, Patch, UseGuards } from '@nestjs/common';
import { AuthGuard } from '@nestjs/passport';

@Controller('notes')
export class NotesController {
  private readonly notes = new Map<string, { text: string }>();

  @Get()
  @UseGuards(AuthGuard('jwt'))
  list() {
    return [...this.notes.values()];
  }

  @Patch(':id') // expect: authn/unauthenticated-mutation
  rename(@Param('id') id: string, @Body() body: { text: string }) { // expect: validation/unvalidated-input
    this.notes.set(id, { text: String(body.text) });
    return { ok: true };
  }
}
