import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity()
export class Question {
  @PrimaryGeneratedColumn() id: number;
  @Column() text: string;
  @Column({ nullable: true }) answer: string;
  @Column({ default: 'pending' }) state: string;
}

@Entity()
export class TokenUsageRecord {
  @PrimaryGeneratedColumn() id: number;
  @Column() tokens: number;
}

@Entity()
export class Wallet {
  @PrimaryGeneratedColumn() id: number;
  @Column() credits: number;
}
