import { IsIn, IsNumberString, IsString, MaxLength } from 'class-validator';

export class ListOrdersQuery {
  @IsIn(['total', 'status'])
  sort!: 'total' | 'status';

  @IsString()
  @MaxLength(20)
  region!: string;
}

export class TotalsParams {
  @IsNumberString()
  minimum!: string;
}
