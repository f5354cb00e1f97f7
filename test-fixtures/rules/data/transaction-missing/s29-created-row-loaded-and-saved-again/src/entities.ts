import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity()
export class Member {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column() email: string;
  @Column({ default: true }) active: boolean;
  @Column({ nullable: true }) nickname: string | null;
}

@Entity()
export class Locker {
  @PrimaryGeneratedColumn() id: number;
  @Column() memberId: string;
}
