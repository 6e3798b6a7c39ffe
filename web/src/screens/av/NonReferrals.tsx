export function NonReferrals() {
  return <h1>NonReferrals</h1>;
}
