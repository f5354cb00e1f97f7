import React from "react";
import { createRoot } from "react-dom/client";
import { useCart } from "./store/cartStore.js";

function ReserveButton({ itemId }) {
  const add = useCart((s) => s.add);
  return <button onClick={() => add(itemId)}>Reserve</button>;
}

createRoot(document.getElementById("root")).render(<ReserveButton itemId="a1" />);
