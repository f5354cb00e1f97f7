import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity()
export class User {
  @PrimaryGeneratedColumn() id: number;
  @Column() email: string;
}

@Entity()
export class Profile {
  @PrimaryGeneratedColumn() id: number;
  @Column() userId: number;
}
