import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity()
export class Entry {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column() word!: string;
  @Column() topicId!: string;
}
