import { IsNotEmpty, IsString, MaxLength } from 'class-validator';

export class EnrollDto {
  @IsString()
  @IsNotEmpty()
  personId!: string;

  @IsString()
  @MaxLength(200000)
  picture!: string;
}
