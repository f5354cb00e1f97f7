import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';

@ObjectType()
export class Recipe {
  @Field(() => ID) id: string;
  @Field() title: string;
  @Field() steps: string;
}

@InputType()
export class NewRecipeInput {
  @Field() title: string;
  @Field() steps: string;
}
