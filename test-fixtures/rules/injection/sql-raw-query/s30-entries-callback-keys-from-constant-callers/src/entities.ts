import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity()
export class Round {
  @PrimaryGeneratedColumn() id: number;
  @Column() userId: string;
  @Column({ nullable: true }) category: string | null;
  @Column({ nullable: true }) level: string | null;
}
