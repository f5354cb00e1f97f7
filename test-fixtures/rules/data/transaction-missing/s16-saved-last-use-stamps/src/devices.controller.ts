import { Body, Controller, Post } from '@nestjs/common';
import { DevicesService } from './devices.service';

@Controller('devices')
export class DevicesController {
  constructor(private readonly devices: DevicesService) {}

  @Post('check')
  check(@Body() body: { userId: number; fingerprint: string }) {
    return this.devices.signInWithDevice(body.userId, body.fingerprint);
  }

  @Post('rename')
  rename(@Body() body: { userId: number; fingerprint: string; label: string }) {
    return this.devices.renameAndSignIn(body.userId, body.fingerprint, body.label);
  }
}
