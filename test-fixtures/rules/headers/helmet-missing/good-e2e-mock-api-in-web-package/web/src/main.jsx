import React, { useEffect, useState } from "react";
import { createRoot } from "react-dom/client";

function Orders() {
  const [orders, setOrders] = useState([]);
  useEffect(() => {
    fetch("/api/orders").then((r) => r.json()).then(setOrders);
  }, []);
  return <ul>{orders.map((o) => <li key={o.id}>{o.id}</li>)}</ul>;
}

createRoot(document.getElementById("root")).render(<Orders />);
