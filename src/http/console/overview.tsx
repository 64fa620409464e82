// GET /admin: is the worker healthy? Feeds, subscribers, recent editions, dead letters, settings.
import { Hono } from "hono/tiny";
import { listEditionSummaries } from "../../db/console";
import { listDeadLetters, type DeadLetter } from "../../db/dead-letters";
import { listFeeds, type FeedRecord } from "../../db/feeds";
import { listEditionDeliveryStatus } from "../../db/delivery-status";
import { listItemErrors } from "../../db/item-errors";
import { DeliveryAlerts } from "./delivery-overview";
import { countSubscribersByStatus } from "../../db/subscriber-admin";
import { SUBSCRIBER_STATUSES, type SubscriberStatus } from "../../db/subscribers";
import { describeChannels } from "../../jobs/channels";
import { readSettings } from "../../settings";
import { ChannelsSection } from "./channels";
import { findNextCronRun, POLL_CRON } from "./cron";
import { Notice, Page, renderPage } from "./layout";
import { Badge, EditionTable, Table, Time } from "./parts";
import { SendLatestSection, sendLatestRoutes } from "./send-latest";
import { requireSession, type ConsoleEnv } from "./session";

export const overviewRoutes = new Hono<ConsoleEnv>();
overviewRoutes.route("/", sendLatestRoutes);

type FeedStatus = Pick<FeedRecord, "url" | "title" | "lastPolledAt" | "lastStatus" | "lastError" | "lastWarning">;

/** Every configured feed, polled or not yet, plus any polled feed no longer configured. */
function mergeFeeds(configured: string[], polled: FeedStatus[]): FeedStatus[] {
  const known = new Set(polled.map((feed) => feed.url));
  const unpolled = configured
    .filter((url) => !known.has(url))
    .map((url) => ({ url, title: null, lastPolledAt: null, lastStatus: null, lastError: null, lastWarning: null }));
  return [...polled, ...unpolled];
}

function FeedsSection({ feeds, nextRun }: { feeds: FeedStatus[]; nextRun: Date | undefined }) {
  return (
    <section aria-labelledby="feeds">
      <h2 id="feeds">Feeds</h2>
      <p>
        Next scheduled poll: <Time iso={nextRun?.toISOString()} /> <span class="muted">(cron {POLL_CRON})</span>
      </p>
      <Table caption="Feeds" head={["Feed", "Last poll", "Result", "Error"]}>
        {feeds.map((feed) => (
          <tr>
            <td>{feed.title ? `${feed.title} — ${feed.url}` : feed.url}</td>
            <td>
              <Time iso={feed.lastPolledAt} />
            </td>
            <td>
              <Badge value={feed.lastStatus ?? "not polled"} />
            </td>
            <td>{feed.lastError ?? (feed.lastWarning ? `Warning: ${feed.lastWarning}` : "")}</td>
          </tr>
        ))}
      </Table>
    </section>
  );
}

function SubscribersSection({ counts }: { counts: Record<SubscriberStatus, number> }) {
  return (
    <section aria-labelledby="subscribers">
      <h2 id="subscribers">Subscribers</h2>
      <ul class="stats">
        {SUBSCRIBER_STATUSES.map((status) => (
          <li>
            <strong>{counts[status]}</strong>
            <a href={`/admin/console/subscribers?status=${status}`}>{status}</a>
          </li>
        ))}
      </ul>
    </section>
  );
}

function DeadLettersSection({ deadLetters }: { deadLetters: DeadLetter[] }) {
  return (
    <section aria-labelledby="dead-letters">
      <h2 id="dead-letters">Dead letters ({deadLetters.length})</h2>
      {deadLetters.length === 0 ? (
        <p class="muted">None: every queued delivery was handled.</p>
      ) : (
        <Table caption="Dead letters" head={["When", "Queue", "Error", "Message"]}>
          {deadLetters.map((letter) => (
            <tr>
              <td>
                <Time iso={letter.createdAt} />
              </td>
              <td>{letter.queue}</td>
              <td>{letter.error ?? ""}</td>
              <td>
                <code>{JSON.stringify(letter.body).slice(0, 200)}</code>
              </td>
            </tr>
          ))}
        </Table>
      )}
    </section>
  );
}

overviewRoutes.get("/", requireSession, async (c) => {
  const settings = readSettings(c.env);
  const configured = settings.ok ? settings.settings.FEED_URL : [];
  const [feeds, counts, editions, deadLetters, deliveryStatus, itemErrors] = await Promise.all([
    listFeeds(c.env.DB),
    countSubscribersByStatus(c.env.DB),
    listEditionSummaries(c.env.DB, 5),
    listDeadLetters(c.env.DB, 20),
    listEditionDeliveryStatus(c.env.DB, 20),
    listItemErrors(c.env.DB, 20),
  ]);
  const channels = settings.ok ? await describeChannels(c.env.DB, settings.settings) : [];
  return renderPage(
    c,
    <Page title="Overview" current="/admin" csrf={c.get("session").csrf}>
      <h1>Overview</h1>
      {settings.ok ? null : (
        <Notice kind="error">
          Settings need attention, and nothing is sent until they are fixed: {settings.problems.join("; ")}
        </Notice>
      )}
      <FeedsSection feeds={mergeFeeds(configured, feeds)} nextRun={findNextCronRun(POLL_CRON, new Date())} />
      <SendLatestSection csrf={c.get("session").csrf} seeded={feeds.some((feed) => feed.seededAt !== null)} editionCount={editions.length} />
      <DeliveryAlerts statuses={deliveryStatus} itemErrors={itemErrors} />
      <SubscribersSection counts={counts} />
      <ChannelsSection channels={channels} />
      <section aria-labelledby="editions">
        <h2 id="editions">Latest editions</h2>
        <EditionTable editions={editions} />
        <a href="/admin/console/editions">All editions</a>
      </section>
      <DeadLettersSection deadLetters={deadLetters} />
    </Page>,
  );
});
