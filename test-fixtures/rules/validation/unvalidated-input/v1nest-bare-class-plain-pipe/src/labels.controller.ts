import { Body, Controller, Post } from '@nestjs/common';

class LabelInput {
  name: string;
  color: string;
}

const labels: object[] = [];

@Controller('labels')
export class LabelsController {
  @Post()
  create(@Body() input: LabelInput) { // expect: validation/unvalidated-input[warning]
    const label = { ...input, at: new Date().toISOString() };
    labels.push(label);
    return label;
  }
}
