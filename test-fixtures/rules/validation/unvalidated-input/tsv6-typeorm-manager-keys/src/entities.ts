import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity()
export class Board {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column() title: string;
  @Column({ default: 0 }) cards: number;
}

@Entity()
export class Card {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column() boardId: string;
  @Column() text: string;
}
