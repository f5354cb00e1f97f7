import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Model, Types } from 'mongoose';
import { Label } from './label.schema';

@Injectable()
export class LabelsService {
  constructor(@InjectModel(Label.name) private readonly labelModel: Model<Label>) {}

  async findOwned(userId: string, labelId: string): Promise<Label> {
    try {
      const label = await this.labelModel.findOne({
        _id: new Types.ObjectId(labelId),
        userId: new Types.ObjectId(userId),
        archived: false,
      });
      if (!label) throw new NotFoundException('Label not found');
      return label;
    } catch (err) {
      if (err instanceof NotFoundException) throw err;
      throw new NotFoundException('Label not found');
    }
  }

  async rename(userId: string, labelId: string, title: string) {
    try {
      await this.findOwned(userId, labelId);
      const updated = await this.labelModel.findByIdAndUpdate(labelId, { $set: { title } }, { new: true });
      if (!updated) throw new NotFoundException('Label not found');
      return updated;
    } catch (err) {
      throw err;
    }
  }

  async archive(userId: string, labelId: string) {
    await this.findOwned(userId, labelId);
    await this.labelModel.findByIdAndUpdate(labelId, { $set: { archived: true } });
  }

  async recolour(labelId: string, colour: string) {
    return this.labelModel.findByIdAndUpdate(labelId, { $set: { colour } }, { new: true }); // expect: authn/missing-ownership-check
  }
}
