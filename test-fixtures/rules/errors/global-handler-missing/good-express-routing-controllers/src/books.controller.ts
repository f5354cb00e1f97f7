import { Get, JsonController } from 'routing-controllers';

@JsonController('/books')
export class BooksController {
  @Get('/')
  list() {
    return [];
  }
}
