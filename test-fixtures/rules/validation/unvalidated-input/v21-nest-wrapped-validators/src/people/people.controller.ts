import { Body, Controller, Param, ParseUUIDPipe, Patch, Post } from '@nestjs/common';
import { CreatePersonDto, NotePersonDto, UpdatePersonDto } from './people.dto';

const people = new Map<string, object>();

@Controller('people')
export class PeopleController {
  @Post()
  create(@Body() dto: CreatePersonDto) {
    const id = crypto.randomUUID();
    people.set(id, { ...dto });
    return { id };
  }

  @Patch(':id')
  update(@Param('id', ParseUUIDPipe) id: string, @Body() dto: UpdatePersonDto) {
    people.set(id, { ...(people.get(id) ?? {}), ...dto });
    return people.get(id);
  }

  @Post(':id/notes')
  note(@Param('id', ParseUUIDPipe) id: string, @Body() dto: NotePersonDto) {
    people.set(id, { ...(people.get(id) ?? {}), note: dto.text });
    return people.get(id);
  }
}
