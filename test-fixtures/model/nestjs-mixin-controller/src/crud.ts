import { Delete, Get, Param, ParseIntPipe, Post, UseGuards } from '@nestjs/common';
import { AuthGuard } from '@nestjs/passport';

export interface Store<T> {
  list(): Promise<T[]>;
  remove(id: number): Promise<void>;
}

// a controller base made by a function: every resource controller extends readOnlyResource<T>()
export function readOnlyResource<T>() {
  abstract class ResourceController {
    protected abstract store: Store<T>;

    @Get()
    list() {
      return this.store.list();
    }

    @Delete(':id')
    @UseGuards(AuthGuard('jwt'))
    remove(@Param('id', ParseIntPipe) id: number) {
      return this.store.remove(id);
    }
  }
  return ResourceController;
}

// guards written on a base class reach every subclass (Nest reads class metadata through the prototype chain)
@UseGuards(AuthGuard('jwt'))
export abstract class SignedInResource {
  @Post('touch')
  touch() {
    return { at: Date.now() };
  }
}
