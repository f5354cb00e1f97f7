import { Injectable } from '@nestjs/common';
import { NewRecipeInput, Recipe } from './recipe.model';

@Injectable()
export class RecipesService {
  private readonly recipes: Recipe[] = [];

  findAll(take: number) {
    return this.recipes.slice(0, take);
  }

  create(input: NewRecipeInput, ownerId: string) {
    const r = { id: `${ownerId}-${this.recipes.length + 1}`, ...input };
    this.recipes.push(r);
    return r;
  }

  remove(id: string) {
    const i = this.recipes.findIndex((r) => r.id === id);
    if (i >= 0) this.recipes.splice(i, 1);
    return i >= 0;
  }
}
