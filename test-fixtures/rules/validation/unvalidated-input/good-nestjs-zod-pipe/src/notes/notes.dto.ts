import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';

export const CreateNoteSchema = z.object({
  title: z.string().min(1).max(120),
  body: z.string().max(10_000),
  tags: z.array(z.string().max(30)).max(10).optional(),
});

export class CreateNoteDto extends createZodDto(CreateNoteSchema) {}
export class ListNotesQuery extends createZodDto(z.object({ tag: z.string().max(30).optional() })) {}
export class NoteParams extends createZodDto(z.object({ id: z.string().uuid() })) {}
