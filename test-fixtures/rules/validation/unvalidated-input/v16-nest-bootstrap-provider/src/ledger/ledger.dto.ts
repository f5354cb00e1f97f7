import { IsNumber, IsOptional, IsString, MaxLength, Min } from 'class-validator';

export class CreateEntryDto {
  @IsString()
  @MaxLength(80)
  account!: string;

  @IsNumber()
  @Min(0)
  amount!: number;

  @IsOptional()
  @IsString()
  @MaxLength(200)
  memo?: string;
}
