import { Args, Query, Resolver } from '@nestjs/graphql';
import { DrawsService } from './draws.service';
import { DrawFiltersInput } from './draw-filters.input';

@Resolver()
export class DrawsResolver {
  constructor(private readonly draws: DrawsService) {}

  @Query(() => [String])
  drawsByStatus(@Args('filters', { nullable: true }) filters?: DrawFiltersInput) {
    return this.draws.byStatus(filters);
  }

  @Query(() => [String])
  drawsByCategory(@Args('filters', { nullable: true }) filters?: DrawFiltersInput) {
    return this.draws.byCategory(filters);
  }
}
