import { Controller, Get, Query } from '@nestjs/common';
import { ClientsService } from './clients.service';
import { FindClientsDto, LooseFilter } from './find-clients.dto';

@Controller('clients')
export class ClientsController {
  constructor(private readonly clients: ClientsService) {}

  @Get('search')
  search(@Query() dto: FindClientsDto) {
    return this.clients.search(dto);
  }

  @Get('by-column')
  byColumn(@Query() filter: LooseFilter) {
    return this.clients.byColumn(filter);
  }

  @Get('near')
  near(@Query() dto: FindClientsDto) {
    return this.clients.near(dto);
  }
}
