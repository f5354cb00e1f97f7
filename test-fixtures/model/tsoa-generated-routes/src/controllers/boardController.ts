import { Body, Controller, Get, Path, Post, Route, Security } from 'tsoa';

interface NewBoard {
  name: string;
}

@Route('boards')
export class BoardController extends Controller {
  @Get('{boardId}')
  public async show(@Path() boardId: string) {
    return { boardId };
  }

  @Security('jwt')
  @Post()
  public async create(@Body() body: NewBoard) {
    return body;
  }
}
