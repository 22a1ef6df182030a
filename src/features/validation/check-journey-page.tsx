export function CheckJourneyPage() {
  return <h1>Check a journey file</h1>;
}
