import { Controller, Post, Route } from 'tsoa';

// outside controllerPathGlobs: tsoa generates no route for it
@Route('seed')
export class SeedController extends Controller {
  @Post()
  public async seed() {
    return { seeded: true };
  }
}
