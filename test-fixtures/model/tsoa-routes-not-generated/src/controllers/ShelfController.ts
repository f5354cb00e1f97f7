import { Body, Controller, Delete, Get, NoSecurity, Path, Post, Query, Route, Security } from 'tsoa';

interface NewShelf {
  label: string;
}

@Route('shelves')
@Security('api_key')
export class ShelfController extends Controller {
  @NoSecurity()
  @Get()
  public async list(@Query() page?: number) {
    return { page };
  }

  @Get('{shelfId}')
  public async show(@Path() shelfId: string) {
    return { shelfId };
  }

  @Post()
  public async create(@Body() body: NewShelf) {
    return body;
  }

  @Delete('{shelfId}')
  public async remove(@Path() shelfId: string) {
    return { removed: shelfId };
  }
}
