async function main() {
  console.log('seeding');
}
main();
