// GET /unsubscribe: a button, not an action. Mail scanners follow links; only a person
// presses the button (or a mail client sends the RFC 8058 one-click POST).
import { Layout } from "./layout";

export function UnsubscribePage(props: { siteName: string; token: string; preferencesUrl: string }) {
  return (
    <Layout title="Unsubscribe" siteName={props.siteName}>
      <h1>Unsubscribe?</h1>
      <p>{`You will stop getting emails from ${props.siteName}.`}</p>
      <form method="post" action={`/unsubscribe?token=${encodeURIComponent(props.token)}`}>
        <input type="hidden" name="source" value="page" />
        <button type="submit" class="danger">
          Unsubscribe
        </button>
      </form>
      <p>
        Too many emails? <a href={props.preferencesUrl}>Switch to a daily or weekly digest, or pause</a> instead.
      </p>
    </Layout>
  );
}
