import { createApp } from "./config/express.config.js";

const app = createApp();
app.listen(process.env.PORT || 4000);
