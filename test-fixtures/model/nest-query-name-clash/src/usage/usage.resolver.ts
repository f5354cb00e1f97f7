import { Field, Int, ObjectType, Query, Resolver } from '@nestjs/graphql';

@ObjectType()
export class UsageCount {
  @Field(() => Int)
  calls!: number;
}

// an older resolver of the same field: the plans module, registered later, replaces it in the schema
@Resolver()
export class UsageResolver {
  @Query(() => UsageCount, { name: 'myUsage' })
  async myUsage(): Promise<UsageCount> {
    return { calls: 0 };
  }
}
