import axios from "axios";

const client = axios.create({ baseURL: "/api" });

export const inventoryClient = {
  async reserve(itemId, quantity) {
    // shown in the browser's developer console
    console.log("reserving", itemId, quantity);
    const { data } = await client.post(`/items/${itemId}/reservations`, { quantity });
    return data;
  },
};
