import { IntersectionType, OmitType, PartialType, PickType } from '@nestjs/mapped-types';
import { IsEmail, IsString, Length } from 'class-validator';

export class MemberDto {
  @IsString()
  @Length(3, 32)
  handle!: string;

  @IsEmail()
  email!: string;

  @IsString()
  @Length(8, 128)
  secret!: string;
}

export class EditSelfDto extends PartialType(PickType(MemberDto, ['handle', 'email'] as const)) {}

export class InviteDto extends IntersectionType(OmitType(MemberDto, ['secret'] as const), PartialType(PickType(MemberDto, ['secret'] as const))) {}

// no class-validator decorators anywhere: a mapped type of it checks nothing
export class LooseMember {
  handle!: string;
  email!: string;
}

export class EditLooseDto extends PartialType(PickType(LooseMember, ['handle'] as const)) {}
