import { IsEmail, IsInt, IsString, MaxLength, Min } from 'class-validator';

export class ThumbnailDto {
  // a string of at most 200 characters is still any text a shell will read
  @IsString()
  @MaxLength(200)
  file: string;

  @IsInt()
  @Min(16)
  width: number;

  // an e-mail address may hold $ ` | & in its local part
  @IsEmail()
  notify: string;
}
