import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { Transfer, Wallet } from './entities';

@Injectable()
export class TransfersService {
  constructor(
    @InjectRepository(Transfer) private readonly transfers: Repository<Transfer>,
    @InjectRepository(Wallet) private readonly wallets: Repository<Wallet>,
  ) {}

  // the transfer is marked in flight, then the same row is saved again with the outcome: one row, each save whole
  async send(id: number) {
    const transfer = await this.transfers.findOne({ where: { id } });
    if (!transfer) throw new NotFoundException();
    transfer.state = 'sending';
    await this.transfers.save(transfer);
    return this.finish(transfer);
  }

  private async finish(transfer: Transfer) {
    transfer.state = 'sent';
    return this.transfers.save(transfer);
  }

  // the transfer is saved, then a wallet's balance: two rows that must change together
  async settle(id: number) {
    const transfer = await this.transfers.findOne({ where: { id } });
    if (!transfer) throw new NotFoundException();
    transfer.state = 'settled';
    await this.transfers.save(transfer); // expect: data/transaction-missing
    return this.credit(transfer);
  }

  private async credit(transfer: Transfer) {
    const wallet = await this.wallets.findOne({ where: { id: 1 } });
    wallet.balance += transfer.amount;
    return this.wallets.save(wallet);
  }
}
