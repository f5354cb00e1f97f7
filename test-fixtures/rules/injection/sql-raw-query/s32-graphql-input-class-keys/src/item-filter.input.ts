import { Field, InputType } from '@nestjs/graphql';

@InputType()
export class ItemFilterInput {
  @Field({ nullable: true })
  sku?: string;

  @Field({ nullable: true })
  shelf?: string;
}
