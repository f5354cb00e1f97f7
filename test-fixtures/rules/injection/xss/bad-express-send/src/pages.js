function profileCard(name) {
  return `<div class="card"><h2>${name}</h2></div>`;
}

function sendPage(res, term) {
  res.type('html').send('<p>Results for ' + term + '</p>'); // expect: injection/xss
}

module.exports = { profileCard, sendPage };
