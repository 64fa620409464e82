// GET /confirm: a button, not an action. Mail scanners (Outlook Safe Links and the like) fetch
// every link in a message; only a person presses the button, which POSTs the same URL.
import { Layout } from "./layout";

export function ConfirmPage(props: { siteName: string; token: string }) {
  return (
    <Layout title="Confirm your subscription" siteName={props.siteName}>
      <h1>Confirm your subscription</h1>
      <p>{`Press the button to start getting reviews from ${props.siteName} by email.`}</p>
      <form method="post" action={`/confirm?token=${encodeURIComponent(props.token)}`}>
        <input type="hidden" name="source" value="page" />
        <button type="submit">Confirm</button>
      </form>
      <p class="hint">If you did not ask to subscribe, close this page: nothing will be sent to you.</p>
    </Layout>
  );
}
