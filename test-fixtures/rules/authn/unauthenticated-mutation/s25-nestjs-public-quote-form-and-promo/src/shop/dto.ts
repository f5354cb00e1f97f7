import { IsEmail, IsNumber, IsOptional, IsString, MaxLength } from 'class-validator';

export class ContactDto {
  @IsString() @MaxLength(80) name: string;
  @IsEmail() email: string;
  @IsString() @MaxLength(2000) message: string;
}

export class QuoteDto {
  @IsString() @MaxLength(2) country: string;
  @IsNumber() weightGrams: number;
}

export class PromoCheckDto {
  @IsString() @MaxLength(32) code: string;
  @IsNumber() subtotal: number;
  @IsOptional() @IsString() customerId?: string;
}

export class PriceDto {
  @IsNumber() price: number;
}
