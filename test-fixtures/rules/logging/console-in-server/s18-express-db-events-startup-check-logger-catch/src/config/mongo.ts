import mongoose from 'mongoose';

export class MongoConnection {
  private up = false;

  async connect(uri: string): Promise<void> {
    mongoose.connection.on('reconnected', () => {
      console.log('mongo reconnected');
      this.up = true;
    });
    await mongoose.connect(uri);
  }
}
