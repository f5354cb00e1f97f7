import { Body, Controller, Delete, Get, Post, UseGuards } from '@nestjs/common';
import { AuthGuard } from '@nestjs/passport';
import { ServerKeyGuard } from '../auth/server-key.guard';
import { AlertsService } from './alerts.service';

@Controller('alerts')
export class AlertsController {
  constructor(private readonly alerts: AlertsService) {}

  @Get()
  @UseGuards(AuthGuard('jwt'))
  list() {
    return this.alerts.list();
  }

  @Post()
  @UseGuards(ServerKeyGuard)
  add(@Body('text') text: string) {
    return this.alerts.add(text);
  }

  @Delete() // expect: authn/unauthenticated-mutation
  clear() {
    this.alerts.clear();
  }
}
