import { UseGuards } from '@nestjs/common';
import { Args, Context, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { GqlAuthGuard } from '../auth/gql-auth.guard';
import { NewRecipeInput, Recipe } from './recipe.model';
import { RecipesService } from './recipes.service';

@Resolver(() => Recipe)
export class RecipesResolver {
  constructor(private readonly recipes: RecipesService) {}

  @Query(() => [Recipe])
  recipes(@Args('take', { type: () => Int, defaultValue: 20 }) take: number) {
    return this.recipes.findAll(Math.min(take, 100));
  }

  @UseGuards(GqlAuthGuard)
  @Mutation(() => Recipe) // expect: graphql/unvalidated-input
  addRecipe(@Args('input') input: NewRecipeInput, @Context() ctx: { req: { user: { id: string } } }) {
    return this.recipes.create(input, ctx.req.user.id);
  }

  @Mutation(() => Boolean) // expect: graphql/unauthenticated-mutation
  removeRecipe(@Args('id', { type: () => ID }) id: string) {
    return this.recipes.remove(id);
  }
}
