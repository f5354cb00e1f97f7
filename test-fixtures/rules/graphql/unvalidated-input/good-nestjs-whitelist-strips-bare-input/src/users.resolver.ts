import { Args, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { UpdateProfileInput } from './update-profile.input';

const profiles = new Map<string, UpdateProfileInput>();

@Resolver()
export class UsersResolver {
  @Query(() => String, { nullable: true })
  profile(@Args('id') id: string, @Args('version', { type: () => Int, nullable: true }) version?: number) {
    return profiles.get(id)?.displayName ?? (version ? null : null);
  }

  @Mutation(() => Boolean) // whitelist strips every property of the bare class: the resolver gets an empty object
  updateProfile(@Args('id') id: string, @Args('input') input: UpdateProfileInput) {
    profiles.set(id, input);
    return true;
  }
}
