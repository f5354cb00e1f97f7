// the docs site's playground: builds a sample payment request in the visitor's browser
function samplePaymentRequest(amount) {
  const nonce = Math.random().toString(36).slice(2);
  return { amount, nonce, createdAt: Date.now() };
}

document.getElementById('try').addEventListener('click', () => {
  document.getElementById('out').textContent = JSON.stringify(samplePaymentRequest(1), null, 2);
});
