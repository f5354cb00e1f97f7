export default function Home() {
  return <main>Plant operations</main>;
}
