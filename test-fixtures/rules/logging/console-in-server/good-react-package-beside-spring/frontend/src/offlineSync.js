// Replays reservations made while offline once the browser is back online.
import { inventoryClient } from "./services/inventoryClient.js";

export function startOfflineSync(queue) {
  window.addEventListener("online", async () => {
    for (const entry of queue.splice(0)) await inventoryClient.reserve(entry.itemId, entry.quantity);
  });
}
