let viewsSeen = 0;
const quoteCache = new Map();

function countViews(pages) {
  pages.forEach(() => {
    viewsSeen += 1;
  });
  return viewsSeen;
}

function dropQuotes() {
  quoteCache.clear();
}

module.exports = { countViews, dropQuotes, quoteCache };
