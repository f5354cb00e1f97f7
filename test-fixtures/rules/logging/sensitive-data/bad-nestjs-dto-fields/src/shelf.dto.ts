import { PartialType } from '@nestjs/mapped-types';

export class CreateShelfDto {
  label: string;
  capacity: number;
}

export class UpdateShelfDto extends PartialType(CreateShelfDto) {}

export class CreateKeeperDto {
  email: string;
  password: string;
}

export class UpdateKeeperDto extends PartialType(CreateKeeperDto) {}
