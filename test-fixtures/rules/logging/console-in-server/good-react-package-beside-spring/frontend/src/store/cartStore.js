import { create } from "zustand";
import { inventoryClient } from "../services/inventoryClient.js";

export const useCart = create((set) => ({
  lines: [],
  add: async (itemId) => {
    const reservation = await inventoryClient.reserve(itemId, 1);
    set((s) => ({ lines: [...s.lines, reservation] }));
  },
}));
