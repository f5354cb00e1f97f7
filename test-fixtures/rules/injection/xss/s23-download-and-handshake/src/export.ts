import express from 'express';

const app = express();
app.use(express.json());

function page(title: string, body: string): string {
  return `<html><head><title>${title}</title></head><body>${body}</body></html>`;
}

// saved as a file by the browser (Content-Disposition: attachment), never rendered in the site's origin
app.post('/boards/export', (req, res) => {
  const html = page(req.body.title, req.body.content);
  res.setHeader('Content-Type', 'text/html');
  res.setHeader('Content-Disposition', `attachment; filename="${req.body.title}.html"`);
  res.send(html);
});

app.post('/boards/download', (req, res) => {
  res.attachment('board.html');
  res.type('html').send(page(req.body.title, req.body.content));
});

// inline: the same page rendered by the browser
app.post('/boards/preview', (req, res) => {
  res.setHeader('Content-Type', 'text/html');
  res.setHeader('Content-Disposition', 'inline');
  res.send(page(req.body.title, req.body.content)); // expect: injection/xss
});

app.listen(3000);
