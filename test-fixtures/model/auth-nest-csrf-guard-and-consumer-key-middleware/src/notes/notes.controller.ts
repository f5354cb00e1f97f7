import { Body, Controller, Post } from '@nestjs/common';

const notes: string[] = [];

// outside the API prefix: only the form-token check runs, nobody is signed in
@Controller('notes')
export class NotesController {
  @Post() // expect: authn/unauthenticated-mutation
  add(@Body() body: { text: string }) { // expect: validation/unvalidated-input
    notes.push(String(body.text).slice(0, 200));
    return { ok: true };
  }
}
