import { Args, Query, Resolver } from '@nestjs/graphql';

// the dashboard link of a trace: a String field of the JSON GraphQL answer
@Resolver()
export class TracesResolver {
  @Query(() => String, { name: 'traceLink', nullable: true })
  traceLink(@Args('traceId', { type: () => String }) traceId: string): string | null {
    return `${process.env.TRACES_HOST}/trace/${traceId}`;
  }
}
