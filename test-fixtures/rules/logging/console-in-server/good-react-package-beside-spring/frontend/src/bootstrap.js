import { startOfflineSync } from "./offlineSync.js";

export const pending = [];
startOfflineSync(pending);
