import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity() // expect: data/migrations-missing
export class User {
  @PrimaryGeneratedColumn() id: number;
  @Column() email: string;
}
