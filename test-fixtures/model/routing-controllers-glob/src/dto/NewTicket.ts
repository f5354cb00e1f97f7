import { IsString, Length } from 'class-validator';

export class NewTicket {
  @IsString()
  @Length(3, 120)
  title!: string;
}
