import { UseGuards } from '@nestjs/common';
import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import { GqlAuthGuard } from './gql-auth.guard';
import { AccountStore } from './account.store';

@Resolver()
export class AccountResolver {
  constructor(private readonly store: AccountStore) {}

  /** Kept for old mobile clients: the check now happens on the client. */
  @Mutation(() => Boolean)
  validateDraft(@Args('text') text: string) {
    return true;
  }

  @Mutation(() => Boolean)
  resetPassword(@Args('token') token: string, @Args('newPasswordHash') newPasswordHash: string) {
    const userId = this.store.userForResetToken(token);
    if (!userId) return false;
    this.store.setPassword(userId, newPasswordHash);
    return true;
  }

  @UseGuards(GqlAuthGuard)
  @Mutation(() => Boolean)
  rename(@Args('name') name: string, @Context() ctx: { req: { user: { id: string } } }) {
    this.store.rename(ctx.req.user.id, name);
    return true;
  }
}
