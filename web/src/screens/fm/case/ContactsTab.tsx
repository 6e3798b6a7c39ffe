export function ContactsTab() {
  return <h2>ContactsTab</h2>;
}
