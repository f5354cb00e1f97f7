import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Model } from 'mongoose';
import { User, UserDocument } from './user.schema';

@Injectable()
export class UsersService {
  constructor(@InjectModel(User.name) private readonly userModel: Model<UserDocument>) {}

  async byResetToken(token: string) {
    return this.userModel.findOne({ resetToken: token }).exec();
  }

  async byEmailUnchecked(email: string) {
    return this.userModel.findOne({ email }).exec();
  }

  async search(filter: Record<string, string>) {
    return this.userModel.find(filter).limit(20).exec();
  }

  async byEmail(email: string) {
    return this.userModel.findOne({ email: String(email) }).exec();
  }
}
