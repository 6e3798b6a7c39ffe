export function TeamLead() {
  return <h1>TeamLead</h1>;
}
