import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { Plan } from './plan.entity';

// the hand-written catalogue read: the generated `plan` field of the same name, made when forFeature runs after this
// file is loaded, replaces it in the schema, so this one is never reached
@Resolver(() => Plan)
export class PlansResolver {
  constructor(@InjectRepository(Plan) private readonly plans: Repository<Plan>) {}

  @Query(() => Plan, { name: 'plan', nullable: true })
  async findPlan(@Args('id', { type: () => ID }) id: string): Promise<Plan | null> {
    return this.plans.findOneBy({ id });
  }

  @Query(() => [Plan], { name: 'featuredPlans' })
  async featured(): Promise<Plan[]> {
    return this.plans.find({ take: 3 });
  }
}
