import { Controller, Delete, Get, Param, Req } from '@nestjs/common';
import { MaybeSignedIn, Public } from './auth/public.decorator';

const recipes: { id: string; title: string; notes?: string }[] = [];

@Controller('recipes')
export class RecipesController {
  @Public()
  @Get('featured')
  featured() {
    return recipes.slice(0, 3);
  }

  @MaybeSignedIn()
  @Get()
  list(@Req() req: { user?: { id: string } }) {
    return req.user ? recipes : recipes.map(({ notes, ...rest }) => rest);
  }

  @Delete(':id')
  remove(@Param('id') id: string) {
    const index = recipes.findIndex((r) => r.id === id);
    return index >= 0 ? recipes.splice(index, 1)[0] : null;
  }
}
