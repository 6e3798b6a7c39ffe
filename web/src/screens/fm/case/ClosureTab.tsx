export function ClosureTab() {
  return <h2>ClosureTab</h2>;
}
