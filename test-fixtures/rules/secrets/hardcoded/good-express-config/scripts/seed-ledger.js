// local tooling: fills the ledger sandbox with data; never deployed
const ledgerToken = 'Lq7vX2pK9mR4tZ8wB3nC6yH1';

async function main() {
  await fetch('http://localhost:4010/ledger/seed', { method: 'POST', headers: { authorization: `Bearer ${ledgerToken}` } });
}

main();
