import { Args, Context, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Public } from '../auth/public.decorator';
import { NewRecipeInput, Recipe } from './recipe.model';
import { RecipesService } from './recipes.service';

@Resolver(() => Recipe)
export class RecipesResolver {
  constructor(private readonly recipes: RecipesService) {}

  @Public()
  @Query(() => [Recipe])
  recipes(@Args('take', { type: () => Int, defaultValue: 20 }) take: number) {
    return this.recipes.findAll(Math.min(take, 100));
  }

  @Mutation(() => Recipe)
  addRecipe(@Args('input') input: NewRecipeInput, @Context() ctx: { req: { user: { id: string } } }) {
    return this.recipes.create(input, ctx.req.user.id);
  }

  @Mutation(() => Boolean)
  removeRecipe(@Args('id', { type: () => ID }) id: string, @Context() ctx: { req: { user: { id: string } } }) {
    return this.recipes.remove(id, ctx.req.user.id);
  }
}
