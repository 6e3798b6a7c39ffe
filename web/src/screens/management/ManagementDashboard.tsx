export function ManagementDashboard() {
  return <h1>ManagementDashboard</h1>;
}
