import { Field, Int, ObjectType, Query, Resolver } from '@nestjs/graphql';

@ObjectType()
export class PlanUsage {
  @Field(() => Int)
  used!: number;
}

// registered after the usage module's resolver of the same name: the schema keeps this one
@Resolver()
export class PlanUsageResolver {
  @Query(() => PlanUsage, { name: 'myUsage' })
  async myUsage(): Promise<PlanUsage> {
    return { used: 0 };
  }
}
