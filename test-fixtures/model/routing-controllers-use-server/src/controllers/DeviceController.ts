import { Body, Get, JsonController, Param, Patch, Post, UseBefore } from 'routing-controllers';
import { validateOrReject } from 'class-validator';
import { requireToken } from '../requireToken';
import { Rename } from '../dto/Rename';

const names = new Map<number, Rename>();

@JsonController('/devices')
@UseBefore(requireToken)
export class DeviceController {
  @Get('/:deviceId')
  show(@Param('deviceId') deviceId: number) {
    return { deviceId };
  }

  // validation: false in the server options: the DTO is not checked
  @Patch('/:deviceId')
  rename(@Param('deviceId') deviceId: number, @Body() body: Rename) { // expect: validation/unvalidated-input
    names.set(deviceId, { ...body });
    return { deviceId };
  }

  // checked by the handler itself
  @Post('/')
  async register(@Body() body: Rename) {
    await validateOrReject(body);
    return body;
  }
}
