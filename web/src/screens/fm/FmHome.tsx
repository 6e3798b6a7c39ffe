export function FmHome() {
  return <h1>FmHome</h1>;
}
