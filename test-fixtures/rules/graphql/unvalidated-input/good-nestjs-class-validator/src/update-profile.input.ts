import { Field, InputType } from '@nestjs/graphql';
import { IsOptional, IsString, Length, MaxLength } from 'class-validator';

@InputType()
export class UpdateProfileInput {
  @Field() @IsString() @Length(1, 60) displayName: string;
  @Field({ nullable: true }) @IsOptional() @MaxLength(500) bio?: string;
}
