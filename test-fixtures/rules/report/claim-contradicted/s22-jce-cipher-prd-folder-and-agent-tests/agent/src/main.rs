fn main() {
    println!("agent");
}
