// run by hand to check a key pasted into the terminal against the configured one
const given = process.argv[2];
if (given === process.env.INTERNAL_KEY) console.log('key matches');
else console.log('key differs');
