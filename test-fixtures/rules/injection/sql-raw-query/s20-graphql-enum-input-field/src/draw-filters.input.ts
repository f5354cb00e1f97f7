import { Field, InputType, registerEnumType } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsString, MaxLength } from 'class-validator';

export enum DrawStatus {
  OPEN = 'OPEN',
  CLOSED = 'CLOSED',
}
registerEnumType(DrawStatus, { name: 'DrawStatus' });

@InputType()
export class DrawFiltersInput {
  @Field(() => DrawStatus, { nullable: true })
  @IsOptional()
  @IsEnum(DrawStatus)
  status?: DrawStatus;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  category?: string;
}
