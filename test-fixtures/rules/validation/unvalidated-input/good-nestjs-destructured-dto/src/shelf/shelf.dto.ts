import { IsEmail, IsInt, IsOptional, IsString, MaxLength, Min } from 'class-validator';

export class AddBookDto {
  @IsString()
  @MaxLength(200)
  title!: string;

  @IsInt()
  @Min(0)
  copies!: number;
}

export class NotifyDto {
  @IsEmail()
  email!: string;
}

export class SearchDto {
  @IsOptional()
  @IsString()
  @MaxLength(50)
  q?: string;
}
