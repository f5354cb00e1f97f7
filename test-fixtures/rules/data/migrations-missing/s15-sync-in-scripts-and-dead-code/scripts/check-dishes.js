// run by hand: node scripts/check-dishes.js
import sequelize from '../config/database.js';
import { Dish } from '../models/dish.js';

async function main() {
  await sequelize.sync({ alter: true });
  const count = await Dish.count();
  console.log(`dishes: ${count}`);
  await sequelize.close();
}

main();
