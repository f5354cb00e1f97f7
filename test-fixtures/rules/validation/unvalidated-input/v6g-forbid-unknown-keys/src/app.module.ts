import { Module } from '@nestjs/common';
import { FacesController } from './faces/faces.controller';
import { NotesController } from './notes/notes.controller';
import { DraftsController } from './drafts/drafts.controller';
import { StoreService } from './store.service';

@Module({ controllers: [FacesController, NotesController, DraftsController], providers: [StoreService] })
export class AppModule {}
