const fs = require('fs/promises');
const path = require('path');

const root = path.resolve('uploads');

async function deleteImage(url) {
  await fs.rm(path.join(root, path.basename(url)), { force: true });
}

async function saveReceipt(order) {
  await fs.writeFile(path.join(root, `${order.id}.json`), JSON.stringify(order));
}

module.exports = { deleteImage, saveReceipt };
