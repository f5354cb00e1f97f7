fetch('http://localhost:3000/api/venues').then((r) => r.json()).then((v) => process.stdout.write(String(v.length)));
