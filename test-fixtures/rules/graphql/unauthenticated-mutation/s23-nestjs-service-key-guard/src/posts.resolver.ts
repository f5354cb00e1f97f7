import { UseGuards } from '@nestjs/common';
import { Args, ID, Mutation, Resolver } from '@nestjs/graphql';
import { GqlAuthGuard } from './gql-auth.guard';
import { ServiceKeyGuard } from './service-key.guard';
import { PostsService } from './posts.service';

@Resolver()
export class PostsResolver {
  constructor(private readonly posts: PostsService) {}

  @UseGuards(GqlAuthGuard)
  @Mutation(() => String)
  createPost(@Args('title') title: string) {
    return this.posts.create(title).id;
  }

  // called by the scoring worker with its service key
  @UseGuards(ServiceKeyGuard)
  @Mutation(() => Boolean)
  archivePost(@Args('id', { type: () => ID }) id: string) {
    return this.posts.remove(id);
  }

  @Mutation(() => Boolean) // expect: graphql/unauthenticated-mutation
  removePost(@Args('id', { type: () => ID }) id: string) {
    return this.posts.remove(id);
  }
}
