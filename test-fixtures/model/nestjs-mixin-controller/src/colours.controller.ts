import { Controller } from '@nestjs/common';
import { readOnlyResource, Store } from './crud';

const palette: Store<string> = {
  async list() {
    return ['teal', 'amber'];
  },
  async remove() {},
};

@Controller('colours')
export class ColoursController extends readOnlyResource<string>() {
  protected store = palette;
}
