export function PlanTab() {
  return <h2>PlanTab</h2>;
}
