import { Args, Query, Resolver } from '@nestjs/graphql';
import GraphQLJSON from 'graphql-type-json';
import { ItemsService } from './items.service';
import { ItemFilterInput } from './item-filter.input';

@Resolver()
export class ItemsResolver {
  constructor(private readonly items: ItemsService) {}

  @Query(() => [String])
  items(@Args('filter') filter: ItemFilterInput) {
    return this.items.find({ ...filter });
  }

  @Query(() => [String])
  itemsByAnything(@Args('where', { type: () => GraphQLJSON }) where: Record<string, string>) {
    return this.items.findLoose(where);
  }
}
