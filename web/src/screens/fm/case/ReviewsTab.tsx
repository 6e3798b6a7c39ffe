export function ReviewsTab() {
  return <h2>ReviewsTab</h2>;
}
