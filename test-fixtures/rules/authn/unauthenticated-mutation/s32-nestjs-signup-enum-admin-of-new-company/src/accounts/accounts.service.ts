import { BadRequestException, Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import * as bcrypt from 'bcrypt';
import { Model } from 'mongoose';
import { MemberRole } from './roles';

@Injectable()
export class AccountsService {
  constructor(
    @InjectModel('Company') private readonly companyModel: Model<any>,
    @InjectModel('Member') private readonly memberModel: Model<any>,
  ) {}

  // sign-up opens a new company and makes its first member that company's administrator: a role over the
  // records the caller has just created, none over anyone else's
  async signUp(dto: { email: string; password: string; companyName: string; openCompany: boolean }) {
    let company: any;
    if (dto.openCompany) {
      company = await this.companyModel.create({ name: dto.companyName.slice(0, 80), plan: 'trial' });
    } else {
      throw new BadRequestException('A company is opened at sign-up');
    }
    const hash = await bcrypt.hash(dto.password, 12);
    return this.memberModel.create({
      email: dto.email.toLowerCase(),
      password: hash,
      companyId: company._id,
      role: dto.openCompany ? MemberRole.COMPANY_ADMIN : MemberRole.DRIVER,
    });
  }

  // joining a company someone else made, as its administrator: that is a takeover
  async join(dto: { email: string; password: string; companyId: string }) {
    const hash = await bcrypt.hash(dto.password, 12);
    return this.memberModel.create({
      email: dto.email.toLowerCase(),
      password: hash,
      companyId: dto.companyId,
      role: MemberRole.COMPANY_ADMIN,
    });
  }

  async rename(id: string, name: string) {
    return this.companyModel.updateOne({ _id: id }, { name: name.slice(0, 80) });
  }
}
