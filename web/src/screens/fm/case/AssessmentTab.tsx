export function AssessmentTab() {
  return <h2>AssessmentTab</h2>;
}
