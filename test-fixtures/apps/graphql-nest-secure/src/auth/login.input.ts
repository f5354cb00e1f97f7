import { Field, InputType } from '@nestjs/graphql';
import { IsEmail, IsString, Length } from 'class-validator';

@InputType()
export class LoginInput {
  @Field() @IsEmail() email: string;
  @Field() @IsString() @Length(8, 128) password: string;
}
