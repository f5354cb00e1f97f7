import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('plates')
export class Plate {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column()
  owner!: string;

  @Column()
  number!: string;

  @CreateDateColumn()
  createdAt!: Date;
}
