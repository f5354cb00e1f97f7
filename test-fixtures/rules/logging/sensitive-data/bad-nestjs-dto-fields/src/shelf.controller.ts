import { Body, Controller, Logger, Param, Post, Put } from '@nestjs/common';
import { CreateKeeperDto, UpdateKeeperDto, UpdateShelfDto } from './shelf.dto';

@Controller('shelves')
export class ShelfController {
  private readonly logger = new Logger(ShelfController.name);

  @Put(':id')
  update(@Param('id') id: string, @Body() dto: UpdateShelfDto) {
    this.logger.log(`update shelf ${id}: ${JSON.stringify(dto)}`);
    return { id, ...dto };
  }

  @Post('keepers')
  addKeeper(@Body() dto: CreateKeeperDto) {
    this.logger.log(`new keeper ${JSON.stringify(dto)}`); // expect: logging/sensitive-data
    return { email: dto.email };
  }

  @Put('keepers/:id')
  editKeeper(@Param('id') id: string, @Body() dto: UpdateKeeperDto) {
    this.logger.log(`edit keeper ${id}: ${JSON.stringify(dto)}`); // expect: logging/sensitive-data
    return { id };
  }
}
