export function NetworkTab() {
  return <h2>NetworkTab</h2>;
}
