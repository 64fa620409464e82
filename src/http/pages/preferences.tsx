// GET /preferences: cadence and pause. The signed token travels in the form itself, so
// a forged cross-site post cannot change anyone's settings.
import type { Cadence } from "../../db/subscribers";
import { Layout } from "./layout";

const CHOICES: { value: Cadence; label: string }[] = [
  { value: "instant", label: "Every new review, as it is published" },
  { value: "daily", label: "A daily digest" },
  { value: "weekly", label: "A weekly digest" },
];

export function PreferencesPage(props: { siteName: string; token: string; cadence: Cadence; paused: boolean; saved?: boolean; unsubscribeUrl: string }) {
  return (
    <Layout title="Your email preferences" siteName={props.siteName}>
      <h1>Your email preferences</h1>
      {props.saved ? (
        <p role="status" class="hint">
          Saved.
        </p>
      ) : null}
      <form method="post" action="/preferences">
        <input type="hidden" name="token" value={props.token} />
        <fieldset>
          <legend>How often</legend>
          {CHOICES.map((choice) => (
            <label>
              <input type="radio" name="cadence" value={choice.value} checked={props.cadence === choice.value} /> {choice.label}
            </label>
          ))}
        </fieldset>
        <fieldset>
          <legend>Pause</legend>
          <label>
            <input type="checkbox" name="paused" value="yes" checked={props.paused} /> Pause all emails until I come back here
          </label>
        </fieldset>
        <button type="submit">Save preferences</button>
      </form>
      <p>
        <a href={props.unsubscribeUrl}>Unsubscribe instead</a>
      </p>
    </Layout>
  );
}
