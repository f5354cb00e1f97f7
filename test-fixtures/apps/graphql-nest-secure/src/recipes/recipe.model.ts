import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { IsString, Length, MaxLength } from 'class-validator';

@ObjectType()
export class Recipe {
  @Field(() => ID) id: string;
  @Field() title: string;
  @Field() steps: string;
}

@InputType()
export class NewRecipeInput {
  @Field() @IsString() @Length(1, 120) title: string;
  @Field() @IsString() @MaxLength(10_000) steps: string;
}
