import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity()
export class Transfer {
  @PrimaryGeneratedColumn() id: number;
  @Column() state: string;
  @Column() amount: number;
}

@Entity()
export class Wallet {
  @PrimaryGeneratedColumn() id: number;
  @Column() balance: number;
}
