// GET /archive: the list of past editions, newest first, with a link to older ones.
import { formatLongDate } from "../../core/dates";
import type { EditionSummary } from "../../db/archive";
import { Layout } from "./layout";

export function ArchivePage(props: { siteName: string; editions: EditionSummary[]; olderHref?: string; feedHref: string }) {
  return (
    <Layout title="Archive" siteName={props.siteName}>
      <h1>{props.siteName}: past editions</h1>
      <p class="hint">
        Every review, with spoilers taken out. Follow along in a feed reader: <a href={props.feedHref}>RSS feed</a>.
      </p>
      {props.editions.length === 0 ? (
        <p>No editions yet.</p>
      ) : (
        <ol reversed>
          {props.editions.map((edition) => (
            <li>
              <a href={`/archive/${edition.id}`}>{edition.subject}</a>{" "}
              <time datetime={edition.createdAt}>{formatLongDate(new Date(edition.createdAt))}</time>
            </li>
          ))}
        </ol>
      )}
      {props.olderHref ? (
        <p>
          <a href={props.olderHref}>Older editions</a>
        </p>
      ) : null}
      <p>
        <a href="/">Subscribe</a>
      </p>
    </Layout>
  );
}
