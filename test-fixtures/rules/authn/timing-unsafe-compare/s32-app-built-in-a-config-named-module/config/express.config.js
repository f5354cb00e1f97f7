import express from "express";
import adminRoutes from "../routes/admin.routes.js";

// the server's own module, named like a tool's config file: everything it mounts is server code
export function createApp() {
  const app = express();
  app.use(express.json());
  app.use("/api/web", adminRoutes);
  return app;
}
