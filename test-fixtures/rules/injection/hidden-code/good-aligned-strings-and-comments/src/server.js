const express = require("express");
const app = express();

const LIMIT = 10;                                                                                                                                                                                                                                                                    // the page size the mobile app expects
const BANNER = `
| name                                                                                                                                                                                                                                                                     | role |
| admin;                                                                                                                                                                                                                                                                    | owner of the club and its events |
`;
app.get('/banner', (req, res) => res.type('text').send(BANNER));                                                                                                                                                                                                                                                                    
app.get('/limit', (req, res) => res.json({ limit: LIMIT }));
app.listen(3000);
