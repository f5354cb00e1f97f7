import { Body, Controller, Delete, Param, Post, Query, UnauthorizedException, UseGuards } from '@nestjs/common';
import { AuthGuard } from '@nestjs/passport';
import { StaffService } from './staff.service';

@Controller('staff')
export class StaffController {
  constructor(private readonly staff: StaffService) {}

  // First-run bootstrap: the caller must know the provisioning secret from the environment.
  @Post('owner')
  async bootstrapOwner(@Query('setupKey') setupKey: string, @Body('email') email: string) {
    if (setupKey !== process.env.STAFF_SETUP_KEY) {
      throw new UnauthorizedException('Wrong setup key');
    }
    return this.staff.createOwner(email);
  }

  @UseGuards(AuthGuard('jwt'))
  @Delete(':email')
  async remove(@Param('email') email: string) {
    return { removed: email };
  }
}
