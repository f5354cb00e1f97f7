import { Field, InputType, registerEnumType } from '@nestjs/graphql';
import { IsEnum, IsString } from 'class-validator';

export enum Feature { Search = 'SEARCH', Export = 'EXPORT' }
export enum Toggle { On = 'ON', Off = 'OFF' }
registerEnumType(Feature, { name: 'Feature' });
registerEnumType(Toggle, { name: 'Toggle' });

// every field is an enum: GraphQL refuses any other value before the resolver runs
@InputType()
export class FeatureToggleInput {
  @Field(() => Feature) feature: Feature;
  @Field(() => Toggle) toggle: Toggle;
}

// validators that repeat the GraphQL types only: checking each item of a list would add nothing
@InputType()
export class SettingInput {
  @IsEnum(Feature)
  @Field(() => Feature)
  feature: Feature;

  @IsString()
  @Field()
  note: string;
}

// free text with no rule at all
@InputType()
export class LabelInput {
  @Field() text: string;
}
