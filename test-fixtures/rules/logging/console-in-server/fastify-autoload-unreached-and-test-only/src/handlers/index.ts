export { StockChangedHandler } from './StockChangedHandler.js';
