import { IsInt, IsString, MaxLength, Min } from 'class-validator';

export class CreateProductDto {
  @IsString()
  @MaxLength(200)
  name!: string;

  @IsInt()
  @Min(0)
  priceCents!: number;
}
