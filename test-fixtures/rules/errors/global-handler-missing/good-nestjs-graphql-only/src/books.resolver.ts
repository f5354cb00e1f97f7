import { Args, Field, ID, ObjectType, Query, Resolver } from '@nestjs/graphql';

@ObjectType()
export class Book {
  @Field(() => ID) id!: string;
  @Field() title!: string;
}

const shelf: Book[] = [{ id: '1', title: 'Dune' }];

// every endpoint is a GraphQL field: Apollo answers its errors in the GraphQL errors array
@Resolver(() => Book)
export class BooksResolver {
  @Query(() => [Book])
  books() {
    return shelf;
  }

  @Query(() => Book, { nullable: true })
  book(@Args('id', { type: () => ID }) id: string) {
    return shelf.find((b) => b.id === id) ?? null;
  }
}
