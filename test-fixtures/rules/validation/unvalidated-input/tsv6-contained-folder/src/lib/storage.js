const fs = require("fs");
const path = require("path");

const STORE_ROOT = path.resolve(__dirname, "../../storage");

function insideRoot(root, candidate) {
  const rel = path.relative(root, candidate);
  return rel !== "" && !rel.startsWith("..") && !path.isAbsolute(rel);
}

function cleanSegment(segment = "") {
  return path.normalize(String(segment).trim()).replace(/^(\.\.[\/\\])+/, "");
}

// the shelf name is kept only as a path proven to sit inside the store
function placeOnShelf(items = [], shelf = "", root = STORE_ROOT) {
  const name = cleanSegment(shelf);
  if (!name) throw new Error("shelf name required");
  const target = path.join(root, name);
  if (!insideRoot(path.resolve(root), path.resolve(target))) throw new Error("shelf outside the store");
  if (!fs.existsSync(target)) fs.mkdirSync(target, { recursive: true });
  for (const item of items) fs.writeFileSync(path.join(target, `${item.id}.json`), JSON.stringify(item));
  return name;
}

// the same test, but the folder is created before it is made
function archiveShelf(shelf = "", root = STORE_ROOT) {
  const target = path.join(root, cleanSegment(shelf));
  fs.mkdirSync(target, { recursive: true });
  if (!insideRoot(path.resolve(root), path.resolve(target))) throw new Error("shelf outside the store");
  return target;
}

// a containment test that only writes a warning
function labelShelf(shelf, label, root = STORE_ROOT) {
  const target = path.join(root, shelf);
  if (!insideRoot(root, target)) console.warn("odd shelf", shelf);
  fs.writeFileSync(path.join(target, "label.txt"), String(label));
}

module.exports = { placeOnShelf, archiveShelf, labelShelf };
