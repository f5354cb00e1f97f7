import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import bcrypt from 'bcrypt';
import { Recipe } from './recipe';
import { recipes, accounts } from './store';

@Resolver(() => Recipe)
export class RecipeResolver {
  @Query(() => [Recipe])
  recipes() {
    return recipes.all();
  }

  @Authorized()
  @Mutation(() => Recipe)
  addRecipe(@Arg('title') title: string, @Ctx() ctx: { userId: string }) {
    return recipes.add(title, ctx.userId);
  }

  @Authorized('ADMIN')
  @Mutation(() => Boolean)
  deleteRecipe(@Arg('id') id: string) {
    return recipes.remove(id);
  }

  @Mutation(() => String, { nullable: true })
  async signIn(@Arg('email') email: string, @Arg('password') password: string) {
    const a = await accounts.byEmail(email);
    return a && (await bcrypt.compare(password, a.hash)) ? accounts.token(a) : null;
  }
}
