import { UseGuards } from '@nestjs/common';
import { Args, Int, Mutation, Resolver } from '@nestjs/graphql';
import { Throttle } from '@nestjs/throttler';
import { GqlAuthGuard } from './gql-auth.guard';
import { GqlThrottlerGuard } from './gql-throttler.guard';
import { LeadsService } from './leads.service';

@Resolver()
export class LeadsResolver {
  constructor(private readonly leads: LeadsService) {}

  // the early-access form on the landing page: anyone may ask, three times an hour per address
  @Mutation(() => Int)
  @UseGuards(GqlThrottlerGuard)
  @Throttle({ default: { limit: 3, ttl: 3600000 } })
  submitInterest(@Args('email') email: string, @Args('company', { nullable: true }) company?: string) {
    return this.leads.submit(email, company);
  }

  // throttled too, but it changes a lead anyone can name
  @Mutation(() => Boolean) // expect: graphql/unauthenticated-mutation
  @UseGuards(GqlThrottlerGuard)
  @Throttle({ default: { limit: 3, ttl: 3600000 } })
  closeLead(@Args('id', { type: () => Int }) id: number) {
    return this.leads.close(id);
  }

  @UseGuards(GqlAuthGuard)
  @Mutation(() => Boolean)
  reopenLead(@Args('id', { type: () => Int }) id: number) {
    return this.leads.close(id);
  }
}
