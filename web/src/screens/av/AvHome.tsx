export function AvHome() {
  return <h1>AvHome</h1>;
}
