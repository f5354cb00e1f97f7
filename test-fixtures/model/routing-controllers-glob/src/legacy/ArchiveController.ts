import { JsonController, Post } from 'routing-controllers';

// not under controllers/: routing-controllers never loads it
@JsonController('/archive')
export class ArchiveController {
  @Post('/purge')
  purge() {
    return { purged: true };
  }
}
