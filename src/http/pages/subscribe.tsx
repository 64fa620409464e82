// GET /: the subscribe form. It works without JavaScript; the author's own site can post
// the same fields here, or call POST /subscribe with fetch and JSON.
import { Layout } from "./layout";

export function SubscribePage(props: { siteName: string; error?: string; email?: string }) {
  return (
    <Layout title="Subscribe" siteName={props.siteName}>
      <h1>{`Subscribe to ${props.siteName}`}</h1>
      <p>Every new review by email, with the spoilers taken out. You can switch to a daily or weekly digest, pause, or leave at any time.</p>
      {props.error ? (
        <p class="error" role="alert" id="email-error">
          {props.error}
        </p>
      ) : null}
      <form method="post" action="/subscribe">
        <label for="email">Your email address</label>
        <input
          id="email"
          name="email"
          type="email"
          required
          autocomplete="email"
          maxlength={254}
          value={props.email ?? ""}
          aria-describedby={props.error ? "email-error email-hint" : "email-hint"}
        />
        <p class="hint" id="email-hint">
          We will send one email to confirm it is you.
        </p>
        {/* A trap for bots: people never see or fill this field. */}
        <div class="trap" aria-hidden="true">
          <label for="website">Leave this empty</label>
          <input id="website" name="website" type="text" tabindex={-1} autocomplete="off" />
        </div>
        <button type="submit">Subscribe</button>
      </form>
    </Layout>
  );
}
