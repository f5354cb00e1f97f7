// ==UserScript==
// @name         Order helper
// @match        https://shop.example.com/*
// @grant        GM_getValue
// ==/UserScript==
(function () {
  const shownToken = GM_getValue('syncToken');
  function onResolve(panel) {
    const live = JSON.parse(GM_getValue('syncState') || '{}');
    if (shownToken && live.token !== shownToken) {
      panel.textContent = 'The state changed; review it again.';
      return;
    }
    panel.textContent = 'resolved';
  }
  window.addEventListener('load', () => onResolve(document.body));
})();
