import { defineConfig } from 'vite';
import path from 'path';
import fs from 'fs';

const runsDir = path.resolve(__dirname, '../runs');

// serves the analysis runs to the dashboard while developing; the built dashboard reads them from the API
export default defineConfig({
  plugins: [
    {
      name: 'serve-runs',
      configureServer(server) {
        server.middlewares.use('/runs', (req, res, next) => {
          const file = path.join(runsDir, req.url);
          if (fs.existsSync(file) && fs.statSync(file).isFile()) {
            fs.createReadStream(file).pipe(res);
            return;
          }
          next();
        });
      },
    },
  ],
});
