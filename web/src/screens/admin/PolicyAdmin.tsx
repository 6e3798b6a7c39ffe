export function PolicyAdmin() {
  return <h1>PolicyAdmin</h1>;
}
