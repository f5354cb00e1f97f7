import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { Label, LabelSchema } from './labels/label.schema';
import { LabelsController } from './labels/labels.controller';
import { LabelsService } from './labels/labels.service';

@Module({
  imports: [MongooseModule.forFeature([{ name: Label.name, schema: LabelSchema }])],
  controllers: [LabelsController],
  providers: [LabelsService],
})
export class AppModule {}
