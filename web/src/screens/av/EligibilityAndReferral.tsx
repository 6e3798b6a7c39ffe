export function EligibilityAndReferral() {
  return <h1>EligibilityAndReferral</h1>;
}
