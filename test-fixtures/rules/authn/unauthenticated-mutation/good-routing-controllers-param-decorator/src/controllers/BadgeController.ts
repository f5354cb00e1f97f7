import { Delete, JsonController, Param, UseBefore } from 'routing-controllers';
import { requireToken } from '../requireToken';

const badges: string[] = [];

@JsonController('/badges')
@UseBefore(requireToken)
export class BadgeController {
  @Delete('/:id')
  remove(@Param('id') id: string) {
    badges.splice(badges.indexOf(id), 1);
    return { removed: id };
  }
}
