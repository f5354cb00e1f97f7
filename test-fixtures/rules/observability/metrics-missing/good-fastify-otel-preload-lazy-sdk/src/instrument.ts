import { startOtel } from './otel.js';

await startOtel();
