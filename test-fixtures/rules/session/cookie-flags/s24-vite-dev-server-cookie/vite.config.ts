import { defineConfig } from 'vite';

// Local development only: the dev server keeps a preview token from the query string for the admin pages.
export default defineConfig({
  plugins: [
    {
      name: 'admin-preview-token',
      configureServer(server) {
        server.middlewares.use((req, res, next) => {
          const url = new URL(req.url ?? '/', 'http://localhost');
          const previewToken = url.searchParams.get('t');
          if (previewToken) {
            res.setHeader('Set-Cookie', `admin_jwt=${previewToken}; Path=/; Max-Age=3600`);
          }
          next();
        });
      },
    },
  ],
});
