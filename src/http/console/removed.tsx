// What the spoiler engine removed from each review: shown only in the console, never mailed.
import { safeFeedUrl } from "../../core/feed-links";
import { countOf, describeMarker } from "../../core/marker-labels";
import type { RemovedPassage } from "../../core/types";

export interface ReviewRemovals {
  title: string;
  link: string;
  withheld?: boolean | undefined;
  removed: Array<Pick<RemovedPassage, "trigger" | "text" | "words"> & { marker: string }>;
}

export function RemovedPassages({ reviews }: { reviews: ReviewRemovals[] }) {
  if (reviews.length === 0) return <p class="muted">No reviews recorded for this edition.</p>;
  return (
    <div class="removed">
      {reviews.map((review) => (
        <article>
          <h3>
            <a href={safeFeedUrl(review.link)} rel="noreferrer noopener">
              {review.title}
            </a>
            {review.withheld ? <span class="badge">whole review withheld</span> : null}
          </h3>
          {review.removed.length === 0 ? (
            <p class="muted">Nothing removed.</p>
          ) : (
            <ol>
              {review.removed.map((passage) => (
                <li>
                  <p>
                    <span class="badge">{describeMarker(passage.marker)}</span> triggered by <q>{passage.trigger}</q> —{" "}
                    {countOf(passage.words, "word")}
                  </p>
                  <blockquote>{passage.text}</blockquote>
                </li>
              ))}
            </ol>
          )}
        </article>
      ))}
    </div>
  );
}
